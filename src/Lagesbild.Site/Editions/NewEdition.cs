using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Editions;

/// <summary>
/// Starts next year's edition as a copy of the latest one (any status): the same chapters and
/// data tables, <c>status: draft</c>, the year and dates moved on. The copy is made in a hidden
/// sibling folder and renamed into place, so an interrupted run never leaves half an edition,
/// and an existing edition is never overwritten.
/// </summary>
public static partial class NewEdition
{
    public static NewEditionPlan? Create(string contentDirectory, int year, DiagnosticBag diagnostics, DisplayPath? display = null)
    {
        var paths = display ?? DisplayPath.Full;
        var root = Path.GetFullPath(contentDirectory);
        var target = Path.Combine(root, Year(year));
        var source = LatestEdition(root);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.Edition.MissingContentFolder, SourceLocation.File(paths.For(root)),
                new("Mappen content finns inte här.", "the content folder does not exist"),
                new("Kör kommandot i repots rotmapp (där mappen content finns), eller ange mappen med --content MAPP.", "run the command from the repository root, or pass --content DIR"));
            return null;
        }

        if (year is < 1000 or > 9999)
        {
            diagnostics.Error(DiagnosticCodes.Edition.NotNewer, SourceLocation.File(paths.For(root)),
                new($"`{year}` är inget årtal.", $"`{year}` is not a year"),
                new("Skriv den nya upplagans år med fyra siffror, till exempel `new-edition 2025`.", "give the new edition's year with four digits, e.g. `new-edition 2025`"));
            return null;
        }

        if (Directory.Exists(target) || File.Exists(target))
        {
            diagnostics.Error(DiagnosticCodes.Edition.AlreadyExists, SourceLocation.File(paths.For(target)),
                new($"Upplagan {year} finns redan. new-edition skriver aldrig över en befintlig upplaga.", $"the edition {year} already exists; new-edition never overwrites an edition"),
                new($"Ändra direkt i {paths.For(target)}/, eller ta bort mappen först om du verkligen vill börja om.", $"edit {paths.For(target)}/ directly, or remove it first if you really want to start it again"));
            return null;
        }

        if (source is null)
        {
            diagnostics.Error(DiagnosticCodes.Edition.NoEditionToCopy, SourceLocation.File(paths.For(root)),
                new("Det finns ingen upplaga att utgå från.", "there is no edition to start from"),
                new("new-edition kopierar den senaste mappen content/<år>/ som har en edition.yml.", "new-edition copies the latest content/<year>/ that has an edition.yml"));
            return null;
        }

        if (source.Value.Year > year)
        {
            diagnostics.Error(DiagnosticCodes.Edition.NotNewer, SourceLocation.File(paths.For(target)),
                new($"{year} är tidigare än den senaste upplagan, {source.Value.Year}.", $"{year} is older than the latest edition {source.Value.Year}"),
                new($"new-edition lägger upp nästa upplaga utifrån den senaste. Välj ett år efter {source.Value.Year}.", $"new-edition starts the next edition from the latest one; use a year after {source.Value.Year}"));
            return null;
        }

        return Copy(root, source.Value.Directory, source.Value.Year, target, year, paths);
    }

    private static NewEditionPlan Copy(string root, string sourceDirectory, int sourceYear, string target, int year, DisplayPath paths)
    {
        var staging = Path.Combine(root, $".new-edition-{Year(year)}-{Guid.NewGuid():N}");
        try
        {
            var copied = CopyFiles(sourceDirectory, staging);
            var editionFile = Path.Combine(staging, "edition.yml");
            var edition = EditionYamlRewriter.Rewrite(File.ReadAllText(editionFile), sourceYear, year);
            File.WriteAllText(editionFile, edition.Text, new UTF8Encoding(false));
            var tables = copied.Where(IsTableFile).ToList();
            foreach (var table in tables)
            {
                var path = Path.Combine(staging, table);
                File.WriteAllText(path, TableCopyMarker.Mark(File.ReadAllText(path), sourceYear, year), new UTF8Encoding(false));
            }

            Directory.Move(staging, target);
            var mentions = copied
                .Where(path => path != "edition.yml" && !IsTableFile(path) && MentionsYear(File.ReadAllText(Path.Combine(target, path)), sourceYear))
                .Select(path => paths.For(Path.Combine(target, path)))
                .ToList();
            return new NewEditionPlan(year, sourceYear, paths.For(target), paths.For(sourceDirectory), edition.Title, edition.Published,
                copied.Count(p => ChapterFileReader.TryParseFileName(p, out _, out _)),
                [.. tables.Select(path => paths.For(Path.Combine(target, path)))],
                mentions);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Copies every regular file; symbolic links are left out, as the build refuses them.</summary>
    private static List<string> CopyFiles(string source, string target)
    {
        var copied = new List<string>();
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                continue;
            }

            var relative = Path.GetRelativePath(source, path).Replace('\\', '/');
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
            copied.Add(relative);
        }

        return copied;
    }

    private static (int Year, string Directory)? LatestEdition(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Select(d => (Name: Path.GetFileName(d), Directory: d))
                .Where(d => YearFolder().IsMatch(d.Name) && File.Exists(Path.Combine(d.Directory, "edition.yml")))
                .Select(d => ((int Year, string Directory)?)(int.Parse(d.Name, CultureInfo.InvariantCulture), d.Directory))
                .MaxBy(d => d!.Value.Year)
            : null;

    private static bool IsTableFile(string relative) =>
        relative.StartsWith("data/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal) && !relative[5..].Contains('/');

    private static bool MentionsYear(string text, int year) =>
        text.Contains(Year(year), StringComparison.Ordinal) || text.Contains(Year(year - 1), StringComparison.Ordinal);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearFolder();
}
