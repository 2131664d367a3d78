using System.Text.RegularExpressions;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The site carries the report verbatim: every line of the source text (a PDF turned into text,
/// kept in Fixtures/) is found in the built pages of the
/// frozen copy of the report (Fixtures/content-2024), which this test guards, except the PDF's page furniture and its
/// table of contents. A paragraph the PDF split over two pages is two lines here, each of which
/// must still be found in the joined paragraph.
/// </summary>
public sealed partial class SourceCoverageTests : IClassFixture<FrozenSite>
{
    private static readonly string[] PageFurniture =
    [
        "Diarienummer:",
        "Lokalpolisområde Skärholmen och Globen",
        "Hägersten-Älvsjö stadsdelsförvaltning",
        "Utbildningsförvaltningen Hägersten-Älvsjö grundskoleområde",
        "Innehåll",
    ];

    // The cover names the organisations in one sentence; the site lists them one per line.
    private static readonly string[] CoverLines =
    [
        "Hägersten-Älvsjö stadsdelsförvaltning, lokalpolisområdena Skärholmen",
        "och Globen, Utbildningsförvaltningen Hägersten-Älvsjö",
    ];

    private readonly string _siteText;
    private readonly string _siteTextWithoutStars;
    private readonly HashSet<string> _tableRows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tableHeaders = new(StringComparer.Ordinal);

    public SourceCoverageTests(FrozenSite site)
    {
        var pages = site.Pages.Where(p => p.StartsWith("2024/", StringComparison.Ordinal));
        _siteText = Normalize(string.Join(' ', pages.Select(p => ReadableText(site.Result.Page(p)))));
        _siteTextWithoutStars = _siteText.Replace("* ", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        foreach (var row in pages.SelectMany(p => site.Result.Page(p).QuerySelectorAll("main table tr")))
        {
            var cells = row.Children.Select(c => Normalize(c.TextContent)).Where(c => c.Length > 0);
            _tableRows.Add(string.Join('\t', cells));
            _tableHeaders.UnionWith(row.QuerySelectorAll("th").Select(th => Normalize(th.TextContent)));
        }
    }

    /// <summary>The main content without what the site adds: footnote numbers and heading permalinks.</summary>
    private static string ReadableText(AngleSharp.Dom.IDocument page)
    {
        foreach (var added in page.QuerySelectorAll("main a.footnote-ref, main a.heading-anchor, main a.footnote-back-ref").ToList())
        {
            added.Remove();
        }

        return page.QuerySelector("main")!.TextContent;
    }

    public static IEnumerable<string> ContentLines()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TestProject, "Fixtures", "lagesbild-2024-source.txt"));
        var tableOfContents = TableOfContentsLine();
        return lines
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && l != "\u00A0")
            .Where(l => !PageFurniture.Contains(l) && !CoverLines.Contains(l) && !PageNumber().IsMatch(l) && !tableOfContents.IsMatch(l));
    }

    [Fact]
    public void Every_paragraph_list_item_footnote_and_table_figure_of_the_source_is_on_the_site()
    {
        var missing = new List<string>();
        var checkedLines = 0;
        foreach (var line in ContentLines())
        {
            checkedLines++;
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                // A table row must be a row of a site table, figure by figure in order; a line of
                // headers only (the PDF repeats group labels) must consist of the tables' headers.
                var cells = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).ToList();
                if (!_tableRows.Contains(string.Join('\t', cells)) && !cells.All(_tableHeaders.Contains))
                {
                    missing.Add(line);
                }

                continue;
            }

            if (!IsOnSite(line))
            {
                missing.Add(line);
            }
        }

        Assert.True(checkedLines > 380, $"only {checkedLines} lines were read from the source");
        Assert.True(missing.Count == 0, "not on the site:\n" + string.Join('\n', missing));
    }

    private bool IsOnSite(string part)
    {
        var text = Normalize(ListMarker().Replace(Superscripts().Replace(part, ""), ""));
        return _siteText.Contains(text, StringComparison.Ordinal)
            || _siteTextWithoutStars.Contains(text.Replace("*", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^Sid \d+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[^\t]+\t\d+$")]
    private static partial Regex TableOfContentsPattern();

    private static Regex TableOfContentsLine() => TableOfContentsPattern();

    [GeneratedRegex("[¹²³]")]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"^-\s+")]
    private static partial Regex ListMarker();
}
