using System.Text.RegularExpressions;

namespace Lagesbild.Site.Output;

/// <summary>
/// The staging (<c>site.tmp-*</c>) and replaced (<c>site.old-*</c>) folders an interrupted build
/// leaves next to the output folder: the next build puts a complete site back when the output
/// folder is missing, then removes the rest.
/// </summary>
public static partial class Leftovers
{
    public static string StagingName(string target) => $"{target}.tmp-{Guid.NewGuid():N}";

    public static string ReplacedName(string target) => $"{target}.old-{Guid.NewGuid():N}";

    /// <summary>
    /// Run under the output lock, before staging. A kill between the swap's two renames leaves no
    /// output folder but a complete new site (staged, marker written) and the complete old one:
    /// the newest complete site goes back into place, so the reader always ends up with a whole site.
    /// </summary>
    public static void Recover(string target)
    {
        var leftovers = Find(target);
        if (!Directory.Exists(target))
        {
            var newest = leftovers
                .Where(SiteMarker.IsPresent)
                .OrderByDescending(folder => File.GetLastWriteTimeUtc(Path.Combine(folder, SiteMarker.FileName)))
                .FirstOrDefault();
            if (newest is not null)
            {
                Directory.Move(newest, target);
                leftovers.Remove(newest);
            }
        }

        foreach (var folder in leftovers)
        {
            SiteMarker.DeleteFolder(folder);
        }
    }

    /// <summary>Only names this writer makes (<c>site.tmp-</c> or <c>site.old-</c> and 32 hex digits), never anything else in the parent.</summary>
    private static List<string> Find(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        if (!Directory.Exists(parent))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(parent, $"{name}.*")
            .Where(folder => LeftoverName().Match(Path.GetFileName(folder)) is { Success: true } match && match.Groups["name"].Value == name)
            .Where(folder => new DirectoryInfo(folder).LinkTarget is null)
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^(?<name>.+)\.(tmp|old)-[0-9a-f]{32}$")]
    private static partial Regex LeftoverName();
}
