using System.Collections.Frozen;
using System.Globalization;

namespace Lagesbild.Site.Model;

/// <summary>
/// Every path the build generates, spelled once: the folders it writes into an edition and at the
/// site root, the site-level files, and the search index file names. The model validator reserves
/// the same folders as chapter slugs, the plan places pages in them, search writes into them and
/// serve reads them from here, so no two stages can disagree about where a file is.
/// </summary>
public static class SitePaths
{
    /// <summary>An edition's search page and index files: <c>&lt;year&gt;/sok/</c>.</summary>
    public const string SearchFolder = "sok";

    /// <summary>The whole edition on one page: <c>&lt;year&gt;/utskrift/</c>.</summary>
    public const string PrintFolder = "utskrift";

    /// <summary>The table downloads: <c>&lt;year&gt;/data/&lt;id&gt;.csv</c> and <c>.json</c>.</summary>
    public const string DataFolder = "data";

    /// <summary>The fingerprinted stylesheets, scripts and icons, at the site root.</summary>
    public const string AssetsFolder = "assets";

    /// <summary>The redirects that always lead to the latest published edition.</summary>
    public const string LatestFolder = "senaste";

    /// <summary>The page that lists every edition.</summary>
    public const string EditionsFolder = "utgavor";

    /// <summary>The accessibility statement (tillgänglighetsredogörelse), one page for the whole site.</summary>
    public const string AccessibilityFolder = "tillganglighet";

    /// <summary>An edition's citation as CSL-JSON, for reference managers: <c>&lt;year&gt;/citat.json</c>.</summary>
    public const string CitationFile = "citat.json";

    /// <summary>The list of published editions that editions.js reads.</summary>
    public const string EditionsJson = "editions.json";

    public const string NotFound = "404.html";

    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";

    /// <summary>The file a folder URL serves.</summary>
    public const string PageFile = "index.html";

    /// <summary>
    /// Folders the build writes into an edition and at the site root; a chapter with one of these
    /// slugs would overwrite or be overwritten by a generated page. The root ones are reserved
    /// too, so a chapter URL never reads like one.
    /// </summary>
    public static readonly FrozenSet<string> ReservedSlugs =
        FrozenSet.Create(StringComparer.Ordinal, SearchFolder, PrintFolder, DataFolder, AssetsFolder, LatestFolder, EditionsFolder, AccessibilityFolder);

    /// <summary>The page file of a folder path: <c>""</c> → <c>index.html</c>, <c>2024/</c> → <c>2024/index.html</c>.</summary>
    public static string PageIn(string folder) => folder + PageFile;

    public static string Edition(int year) => Year(year) + "/";

    public static string Chapter(int year, string slug) => $"{Year(year)}/{slug}/";

    public static string EditionFolder(int year, string folder) => $"{Year(year)}/{folder}/";

    public static string Download(int year, string tableId, string extension) => $"{Year(year)}/{DataFolder}/{tableId}.{extension}";

    public static string Citation(int year) => $"{Year(year)}/{CitationFile}";

    public static string Asset(string name, string fingerprint, string extension) => $"{AssetsFolder}/{name}.{fingerprint}{extension}";

    /// <summary>The whole edition as one PDF, made from its print view by the <c>pdf</c> command; named by year, so a download says which edition it is.</summary>
    public static string EditionPdf(int year) => $"{Year(year)}/lagesbild-{Year(year)}.pdf";

    /// <summary>An edition's search index file; the fingerprint keeps a deploy from pairing new pages with an old index.</summary>
    public static string SearchIndex(int year, string fingerprint) => $"{Year(year)}/{SearchFolder}/index.{fingerprint}.json";

    /// <summary>An edition's search text file, next to its index file, which names it.</summary>
    public static string SearchText(int year, string fingerprint) => $"{Year(year)}/{SearchFolder}/text.{fingerprint}.json";

    /// <summary>Whether a site path is an edition's search index file.</summary>
    public static bool IsSearchIndex(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length == 3 && parts[1] == SearchFolder && parts[2].StartsWith("index.", StringComparison.Ordinal) && parts[2].EndsWith(".json", StringComparison.Ordinal);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
