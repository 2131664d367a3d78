using System.Text.RegularExpressions;

namespace Lagesbild.Site.Content;

/// <summary>What a file or folder in <c>content/</c> is, by its name alone.</summary>
public static partial class ContentEntries
{
    /// <summary>
    /// Editions outside 1900–2100 are typing mistakes (<c>0000</c>, <c>0224</c>, <c>2204</c>), not years
    /// of the report. The range reaches back far enough for bench/build-speed.sh's 100-edition replica.
    /// </summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2100;

    /// <summary>Images a chapter may show; another step copies them from the edition folder.</summary>
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".svg"];

    /// <summary>Spellings of Markdown and YAML the tool does not read, so a file with one would be left out.</summary>
    private static readonly string[] MarkdownLookalikes = [".markdown", ".mdown", ".mkd", ".mkdn", ".txt"];

    private static readonly string[] YamlLookalikes = [".yaml"];

    /// <summary>The year of an edition folder, or null when the name is not a year in range.</summary>
    public static int? EditionYear(string name) =>
        YearName().IsMatch(name) && int.Parse(name, System.Globalization.CultureInfo.InvariantCulture) is var year && year is >= FirstYear and <= LastYear
            ? year
            : null;

    /// <summary>Hidden files (<c>.DS_Store</c>, <c>.gitkeep</c>) and Windows' thumbnails are the system's, never content.</summary>
    public static bool IsSystemFile(string name) =>
        name.StartsWith('.') || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    public static bool IsChapter(string name) => name.EndsWith(".md", StringComparison.Ordinal);

    public static bool IsTable(string name) => name.EndsWith(".yml", StringComparison.Ordinal);

    public static bool IsImage(string name) => ImageExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>A Markdown file under another extension (<c>.MD</c>, <c>.markdown</c>).</summary>
    public static bool LooksLikeMarkdown(string name) =>
        !IsChapter(name) && (Path.GetExtension(name).Equals(".md", StringComparison.OrdinalIgnoreCase)
            || MarkdownLookalikes.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase));

    /// <summary>A YAML file under another extension (<c>.yaml</c>, <c>.YML</c>).</summary>
    public static bool LooksLikeYaml(string name) =>
        !IsTable(name) && (Path.GetExtension(name).Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || YamlLookalikes.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearName();
}
