using System.Globalization;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Render.Downloads;

/// <summary>
/// Every data table an edition places as <c>&lt;year&gt;/data/&lt;id&gt;.csv</c> and <c>.json</c>, and the
/// "Ladda ner" links written under the table. The files depend on their own edition only, so
/// they stay unchanged, like the pages, when a later edition is published.
/// </summary>
public static class TableDownloads
{
    public static IEnumerable<OutputFile> Files(EditionPlan edition)
    {
        foreach (var table in edition.Downloads)
        {
            yield return new OutputFile(PathOf(edition.Year, table.Id, "csv"), TableCsvWriter.Write(table));
            yield return new OutputFile(PathOf(edition.Year, table.Id, "json"), TableJsonWriter.Write(table, edition.Year));
        }
    }

    /// <summary>
    /// The links under a table. Each is described by the table's caption (<paramref name="captionId"/>),
    /// so "CSV" in a screen reader's list of links still says which table's file it is.
    /// </summary>
    public static string LinksHtml(int year, DataTable table, string captionId, UrlBuilder urls) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"table-downloads\">Ladda ner: <a href=\"{urls.File(PathOf(year, table.Id, "csv"))}\" type=\"text/csv\" download aria-describedby=\"{captionId}\">CSV</a> | "
            + $"<a href=\"{urls.File(PathOf(year, table.Id, "json"))}\" type=\"application/json\" download aria-describedby=\"{captionId}\">JSON</a></p>\n");

    private static string PathOf(int year, string id, string extension) => SitePaths.Download(year, id, extension);
}
