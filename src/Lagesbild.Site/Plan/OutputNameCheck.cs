using System.Text;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>
/// Every name the build will write that content decides (chapter folders, table downloads,
/// pictures), checked against the file systems the site is built and opened on, so that
/// <c>check</c> reports at the file that causes it what <c>build</c> would otherwise fail on at the
/// disk (LB708), or what would break only on an editor's Windows or Mac:
/// a name over 255 bytes (Linux and macOS), a path over <see cref="MaxPathChars"/> characters
/// (Windows' 260 less room for the folder the site is in), characters or names Windows refuses,
/// and two names that differ only in case or Unicode form (one file on Windows and macOS).
/// </summary>
public static class OutputNameCheck
{
    public const int MaxSegmentBytes = 255;

    /// <summary>Windows' MAX_PATH is 260 characters with the drive and the folders above the site: 200 leaves 60 for them.</summary>
    public const int MaxPathChars = 200;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>A name the build writes and the content file it comes from.</summary>
    public sealed record PlannedName(string RelativePath, SourceLocation Source);

    public static void Check(SitePlan plan, DiagnosticBag diagnostics) => Check(NamesOf(plan), diagnostics);

    public static IEnumerable<PlannedName> NamesOf(SitePlan plan)
    {
        foreach (var edition in plan.Editions)
        {
            var editionFolder = Path.GetDirectoryName(edition.Edition.Location.Path)?.Replace('\\', '/') ?? "";
            foreach (var chapter in edition.Chapters)
            {
                yield return new(SitePaths.PageIn(SitePaths.Chapter(edition.Year, chapter.Slug)), SourceLocation.File(chapter.Chapter.Location.Path));
            }

            foreach (var table in edition.Downloads)
            {
                yield return new(SitePaths.Download(edition.Year, table.Id, "csv"), SourceLocation.File(table.Location.Path));
                yield return new(SitePaths.Download(edition.Year, table.Id, "json"), SourceLocation.File(table.Location.Path));
            }

            foreach (var image in edition.Images)
            {
                var source = editionFolder.Length == 0 ? image.SourcePath : $"{editionFolder}/{image.SourcePath}";
                yield return new(image.OutputPath, SourceLocation.File(source));
            }
        }
    }

    public static void Check(IEnumerable<PlannedName> names, DiagnosticBag diagnostics)
    {
        // Folded spelling → the first spelling seen, for files and for the folders above them.
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (Problem(name.RelativePath) is { } problem)
            {
                diagnostics.Error(problem.Code, name.Source, problem.Message, Hint);
                continue;
            }

            var parts = name.RelativePath.Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var path = string.Join('/', parts[..i]);
                var folded = Fold(path);
                if (!spellings.TryGetValue(folded, out var first))
                {
                    spellings[folded] = path;
                }
                else if (first != path)
                {
                    diagnostics.Error(DiagnosticCodes.OutputName.SameButForCase, name.Source,
                        new($"Namnet `{path}` som bygget skulle skriva skiljer sig från `{first}` bara i stora och små bokstäver (eller i hur ett tecken som å, ä eller ö är sparat). På Windows och Mac blir de samma fil.",
                            $"the name `{path}` the build would write differs from `{first}` only in capital and small letters (or in how a letter such as å, ä or ö is stored); on Windows and macOS they are one file"),
                        new("Byt namn på den ena filen (och i kapitlet) så att namnen skiljer sig i fler än stora och små bokstäver.", "rename one of the files (and in the chapter) so that the names differ in more than capital and small letters"));
                    break;
                }
            }
        }
    }

    /// <summary>What is wrong with one relative output path, or null.</summary>
    public static (string Code, Phrase Message)? Problem(string relativePath)
    {
        foreach (var segment in relativePath.Split('/'))
        {
            var bytes = Encoding.UTF8.GetByteCount(segment);
            if (bytes > MaxSegmentBytes)
            {
                return (DiagnosticCodes.OutputName.NameTooLong, new(
                    $"Namnet `{Shorten(segment)}` som bygget skulle skriva är {bytes} byte långt; filsystem tillåter högst {MaxSegmentBytes} (å, ä och ö räknas som två).",
                    $"the name `{Shorten(segment)}` the build would write is {bytes} bytes long; file systems allow at most {MaxSegmentBytes} (å, ä and ö count as two)"));
            }

            var refused = segment.FirstOrDefault(c => char.IsControl(c) || "<>:\"\\|?*".Contains(c));
            if (refused != default)
            {
                var shown = char.IsControl(refused) ? $"U+{(int)refused:X4}" : refused.ToString();
                return (DiagnosticCodes.OutputName.RefusedCharacter, new(
                    $"Namnet `{Shorten(segment)}` innehåller tecknet `{shown}`, som Windows inte tillåter i filnamn.",
                    $"the name `{Shorten(segment)}` contains the character `{shown}`, which Windows does not allow in file names"));
            }

            var stem = segment.Split('.')[0];
            if (ReservedNames.Contains(stem) || segment.EndsWith('.') || segment.EndsWith(' ') || segment.StartsWith(' '))
            {
                return (DiagnosticCodes.OutputName.ReservedName, new(
                    $"Namnet `{segment}` går inte att använda som filnamn i Windows (reserverade namn som CON, NUL och COM1, eller ett namn som börjar med mellanslag eller slutar med punkt eller mellanslag).",
                    $"the name `{segment}` cannot be a file name on Windows (reserved names such as CON, NUL and COM1, or a name that starts with a space or ends with a dot or space)"));
            }
        }

        if (relativePath.Length > MaxPathChars)
        {
            return (DiagnosticCodes.OutputName.PathTooLong, new(
                $"Sökvägen `{Shorten(relativePath)}` som bygget skulle skriva är {relativePath.Length} tecken lång; högst {MaxPathChars} fungerar i Windows.",
                $"the path `{Shorten(relativePath)}` the build would write is {relativePath.Length} characters long; at most {MaxPathChars} work on Windows"));
        }

        return null;
    }

    private static readonly Phrase Hint = new(
        "Ge filen ett kortare namn med bara a–z, siffror och bindestreck (och ändra namnet i kapitlet).",
        "give the file a shorter name of a–z, digits and hyphens only (and change the name in the chapter)");

    private static string Fold(string path) => path.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
