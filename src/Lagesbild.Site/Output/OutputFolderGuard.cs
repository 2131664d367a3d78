using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Output;

/// <summary>
/// Decides, before anything is built, whether `--out` may be replaced by the site: never a folder
/// the build reads or the user lives in, never a folder with files the build did not write.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The resolved output folder, or null (with the reason in <paramref name="diagnostics"/>) when it must not be used.</summary>
    public static string? Check(string outputDirectory, OutputFolderRules rules, DiagnosticBag diagnostics)
    {
        var shown = outputDirectory;
        var location = SourceLocation.File(string.IsNullOrWhiteSpace(outputDirectory) ? "--out" : outputDirectory);
        if (string.IsNullOrWhiteSpace(outputDirectory) || outputDirectory.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.Output.EmptyPath, location,
                new("--out saknar ett mappnamn.", "--out names no folder"),
                new("Skriv mappen som sajten ska byggas i, till exempel --out site.", "name the folder to build the site into, e.g. --out site"));
            return null;
        }

        try
        {
            return CheckPath(shown, rules, location, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Error(DiagnosticCodes.Output.NotWritable, location,
                new($"Mappen `{shown}` går inte att läsa: {ex.Message}", $"cannot read the folder `{shown}`: {ex.Message}"),
                new("Kontrollera att du har behörighet till mappen, eller välj en annan med --out.", "check that you may read and write it, or choose another folder with --out"));
            return null;
        }
    }

    private static string? CheckPath(string shown, OutputFolderRules rules, SourceLocation location, DiagnosticBag diagnostics)
    {
        var given = Path.GetFullPath(shown, Path.GetFullPath(rules.CurrentDirectory));
        if (File.Exists(given) && !Directory.Exists(given))
        {
            diagnostics.Error(DiagnosticCodes.Output.NotAFolder, location,
                new($"`{shown}` är en fil, inte en mapp.", $"`{shown}` is a file, not a folder"),
                new("Välj en mapp för den byggda sajten med --out, till exempel --out site.", "choose a folder for the built site with --out, e.g. --out site"));
            return null;
        }

        if (given != Path.GetPathRoot(given) && new DirectoryInfo(given.TrimEnd(Path.DirectorySeparatorChar)).LinkTarget is not null)
        {
            diagnostics.Error(DiagnosticCodes.Output.SymbolicLink, location,
                new($"`{shown}` är en symbolisk länk. Bygget ersätter bara riktiga mappar.", $"`{shown}` is a symbolic link; the build only replaces real folders"),
                new("Ange mappen som länken pekar på med --out.", "name the folder the link points to with --out"));
            return null;
        }

        var target = RealPath.Resolve(given);
        // The folder it is, if any, says more than the first of the folders it contains.
        var hit = Protected(rules).Where(p => RealPath.IsSameOrInside(p.Folder, target)).OrderBy(p => p.Folder == target ? 0 : 1).FirstOrDefault();
        if (hit.Folder is not null)
        {
            diagnostics.Error(DiagnosticCodes.Output.ProtectedFolder, location,
                new($"--out `{shown}` är eller innehåller {hit.Swedish}. Bygget ersätter hela mappen, så inget har ändrats.",
                    $"--out `{shown}` is or contains {hit.English}; a build replaces the whole folder, so nothing was changed"),
                new("Välj en egen mapp för den byggda sajten, till exempel --out site.", "choose a folder of its own for the built site, e.g. --out site"));
            return null;
        }

        foreach (var (folder, swedish, english) in Sources(rules))
        {
            if (RealPath.IsSameOrInside(target, folder))
            {
                diagnostics.Error(DiagnosticCodes.Output.InsideSources, location,
                    new($"--out `{shown}` ligger i {swedish}. Den byggda sajten får inte blandas med det som bygget läser.",
                        $"--out `{shown}` lies inside {english}; the built site must not mix with what the build reads"),
                    new("Välj en mapp utanför content/ och layouts/, till exempel --out site.", "choose a folder outside content/ and layouts/, e.g. --out site"));
                return null;
            }
        }

        if (Directory.Exists(target) && !SiteMarker.IsPresent(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            diagnostics.Error(DiagnosticCodes.Output.NotWrittenByBuild, location,
                new($"Mappen `{shown}` innehåller filer som bygget inte har skrivit. Bygget ersätter bara en tom mapp eller en mapp som det själv har byggt, så inget har ändrats.",
                    $"the folder `{shown}` holds files the build did not write; a build only replaces an empty folder or one it built itself, so nothing was changed"),
                new($"Välj en annan mapp med --out, eller flytta bort det som ligger i `{shown}` om du vet att det kan tas bort.",
                    $"choose another folder with --out, or move away what is in `{shown}` if you know it can go"));
            return null;
        }

        return target;
    }

    /// <summary>Folders that must never be replaced, whole or as part of a larger folder.</summary>
    private static IEnumerable<(string Folder, string Swedish, string English)> Protected(OutputFolderRules rules)
    {
        foreach (var source in Sources(rules))
        {
            yield return source;
        }

        var current = RealPath.Resolve(rules.CurrentDirectory);
        yield return (current, "mappen du kör kommandot i", "the current folder");
        foreach (var repository in new[] { current, RealPath.Resolve(Path.GetFullPath(rules.ContentDirectory, current)) }.Select(RepositoryRoot).OfType<string>().Distinct())
        {
            yield return (repository, $"repots rotmapp `{repository}` (med .git)", $"the repository root `{repository}` (with .git)");
        }

        if (rules.HomeDirectory is { } home)
        {
            yield return (RealPath.Resolve(home), "din hemmapp", "your home folder");
        }

        yield return (Path.GetPathRoot(current) ?? "/", "filsystemets rot", "the file system root");
    }

    private static IEnumerable<(string Folder, string Swedish, string English)> Sources(OutputFolderRules rules)
    {
        var current = Path.GetFullPath(rules.CurrentDirectory);
        yield return (RealPath.Resolve(Path.GetFullPath(rules.ContentDirectory, current)), "innehållsmappen (content)", "the content folder");
        yield return (RealPath.Resolve(Path.GetFullPath(rules.LayoutsDirectory, current)), "mallmappen (layouts)", "the layouts folder");
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> with a .git entry (a folder, or a file in a worktree).</summary>
    private static string? RepositoryRoot(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git")))
            {
                return current;
            }
        }

        return null;
    }
}
