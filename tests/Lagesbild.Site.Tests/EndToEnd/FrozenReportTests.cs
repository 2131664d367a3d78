using AngleSharp.Dom;
using Lagesbild.Site.Content;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The 2024 report, frozen under Fixtures/content-2024, through the real pipeline, read back as a
/// browser would: its titles, organisations, figures and chapters are pinned here, never on the
/// live content/ (see <see cref="LiveContentTests"/> for what holds for any content).
/// </summary>
public sealed class FrozenReportTests : IClassFixture<FrozenSite>
{
    private readonly FrozenSite _site;

    public FrozenReportTests(FrozenSite site)
    {
        _site = site;
    }

    [Fact]
    public void Every_chapter_file_has_its_page_with_its_title()
    {
        var chapterFiles = Directory.EnumerateFiles(Path.Combine(RepoPaths.FrozenContent, "2024"), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(14, chapterFiles.Count);
        foreach (var file in chapterFiles)
        {
            Assert.True(ChapterFileReader.TryParseFileName(Path.GetFileName(file), out _, out var slug));
            var title = File.ReadLines(file).First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];
            var page = _site.Result.Page($"2024/{slug}/index.html");
            Assert.Equal(title, page.QuerySelector("main h1")!.NormalizedText());
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal($"/2024/{slug}/", page.QuerySelector("nav.chapter-nav a[aria-current=page]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_edition_home_has_title_organisations_assessment_and_contents()
    {
        foreach (var path in new[] { "2024/index.html", "index.html" })
        {
            var home = _site.Result.Page(path);
            Assert.Equal("Lägesbild 2024", home.QuerySelector("main h1")!.NormalizedText());
            var organisations = home.QuerySelectorAll(".edition-cover .organisations li").Select(li => li.NormalizedText()).ToList();
            Assert.Contains("Lokalpolisområde Skärholmen", organisations);
            Assert.Contains("Utbildningsförvaltningen Hägersten-Älvsjö grundskoleområde", organisations);
            Assert.Contains("Sammantagen bedömning", home.QuerySelector(".assessment h2")!.NormalizedText());
            Assert.StartsWith("De källor som lägesbilden utgår från", home.QuerySelector(".assessment p")!.NormalizedText());
            Assert.Equal(14, home.QuerySelectorAll("nav.toc li a").Length);
        }
    }

    [Fact]
    public void The_BRA_table_has_its_figures_in_the_right_cells()
    {
        var table = _site.Result.Page("2024/brottsligheten/index.html").QuerySelector("#tabell-anmalda-brott table")!;
        var bodies = table.QuerySelectorAll("tbody");
        Assert.Equal(["Stockholm kommun", "Stadsdelsområde Hägersten-Älvsjö (Sthlm)"], bodies.Select(b => b.QuerySelector("th[scope=rowgroup]")!.NormalizedText()));

        // Columns: 2022 Antal, 2022 /100 000 inv, 2023 Antal, 2023 /100 000 inv
        Assert.Equal(["192 435", "19 601", "211 208", "21 402"], Figures(bodies[0], "Totalt antal brott"));
        Assert.Equal(["2 359", "240", "2 372", "240"], Figures(bodies[0], "6 kap. Sexualbrott"));
        Assert.Equal(["2 372", "1 893", "2 683", "2 131"], Figures(bodies[1], "3-7 kap. Brott mot person"));
        Assert.Equal(["216", "172", "319", "253"], Figures(bodies[1], "6 kap. Sexualbrott"));
        Assert.Equal(["5", "4", "14", "11"], Figures(bodies[1], "7 kap. Brott mot familj"));

        // The chapters of the penal code are sub-rows of "3-7 kap. Brott mot person"
        Assert.Equal(5, bodies[1].QuerySelectorAll("tr.sub-row").Length);
        Assert.Equal(["År", "2022", "2023"], table.QuerySelectorAll("thead th[scope=colgroup]").Select(th => th.NormalizedText()));
    }

    [Fact]
    public void The_social_services_table_has_totals_and_note_markers()
    {
        var figure = _site.Result.Page("2024/socialtjanstrapporten/index.html").QuerySelector("#tabell-anmalningar-per-stadsdelsnamnd")!;
        Assert.Equal(["214 755", "39 886", "23 369", "7 982", "10 510", "12 859"],
            figure.QuerySelector("tr.total")!.QuerySelectorAll("td").Select(td => td.TextContent.Replace('\u00A0', ' ')));
        Assert.Equal(["*", "**", "***"], figure.QuerySelectorAll("thead sup.note-marker").Select(s => s.TextContent));
        Assert.Equal(3, figure.QuerySelectorAll(".table-notes li").Length);
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var checkedLinks = SiteLinks.AssertAllResolve(_site.Result);

        Assert.True(checkedLinks > 300, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void Long_chapters_list_their_sections_and_every_heading_has_a_permalink()
    {
        var page = _site.Result.Page("2024/prioriterade-samverkansomraden/index.html");
        var sections = page.QuerySelectorAll("nav.sections a").Select(a => a.NormalizedText()).ToList();
        Assert.Contains("Unga i riskzon för destruktivt beteende", sections);
        Assert.Contains("Öppen drogscen", sections);
        foreach (var heading in page.QuerySelectorAll(".prose h2, .prose h3"))
        {
            Assert.Equal("#" + heading.Id, heading.QuerySelector("a.heading-anchor")!.GetAttribute("href"));
        }

        Assert.NotNull(page.GetElementById("oppen-drogscen"));
        Assert.Equal("/2024/tryggheten/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Footnotes_are_real_footnotes()
    {
        var page = _site.Result.Page("2024/stadsdelsomradet/index.html");
        var reference = page.QuerySelector("a.footnote-ref")!;
        var note = page.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Contains("Stockholms stads trygghetsmätning 2023", note.NormalizedText());
    }

    private static string[] Figures(IElement body, string rowHeader) =>
        [.. body.QuerySelectorAll("tr").Single(tr => tr.QuerySelector("th")?.NormalizedText() == rowHeader)
            .QuerySelectorAll("td").Select(td => td.TextContent.Replace('\u00A0', ' '))];
}
