using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;
using Markdig.Syntax;

namespace Lagesbild.Site.Tests.Search;

/// <summary>An edition becomes one search document per heading, per chapter opening and per data table.</summary>
public sealed class SearchDocumentCollectorTests
{
    private const string Files = MinimalSite.Files + """

        -- content/2024/01-kapitel.md --
        ---
        title: Kapitlet
        ---

        Inledande text med **fet** [länk](https://example.org) och `kod`.

        ## Första avsnittet

        Text i första avsnittet.[^1]

        ### Ett underavsnitt

        Text i underavsnittet.

        ::: table siffror
        :::

        ::: chart siffror
        :::

        ::: internal
        ## Intern rubrik

        Hemlig text.
        :::

        ## Andra avsnittet

        - en punkt
        - en till

        ::: chart bara-diagram
        :::

        [^1]: Fotnotens text.
        -- content/2024/data/bara-diagram.yml --
        caption: Bara ett diagram
        columns:
          - { key: ar, header: År, type: text }
          - { key: antal, header: Antal, type: integer }
        rows:
          - ["2023", 12]
          - ["2024", 14]
        -- content/2024/02-utan-rubriker.md --
        ---
        title: Kapitel utan rubriker
        ---
        -- content/2024/data/siffror.yml --
        caption: Siffror per stadsdel
        source: "Källa: Egen räkning."
        notes:
          - marker: "*"
            text: En anmärkning.
        columns:
          - { key: namn, header: Stadsdel, type: text }
          - { key: antal, header: Antal, type: integer }
          - { key: andel, header: Andel, type: percent }
        rows:
          - [Fruängen, 1047, 12.5]
          - [Älvsjö, 230, ~]
        """;

    [Fact]
    public void Each_heading_table_and_chapter_opening_is_one_document_in_reading_order()
    {
        var documents = Collect(Files);

        Assert.Equal(
            ["/2024/kapitel/", "/2024/kapitel/#forsta-avsnittet", "/2024/kapitel/#tabell-siffror", "/2024/kapitel/#ett-underavsnitt",
                "/2024/kapitel/#diagram-bara-diagram", "/2024/kapitel/#andra-avsnittet", "/2024/utan-rubriker/"],
            documents.Select(d => d.Url));
        Assert.All(documents.SkipLast(1), d => Assert.Equal("Kapitlet", d.Chapter));
    }

    [Fact]
    public void A_section_holds_its_own_text_up_to_the_next_heading_and_the_footnotes_it_cites()
    {
        var documents = Collect(Files);

        var opening = documents[0];
        Assert.Equal(("Kapitlet", "Inledande text med fet länk och kod.", ""), (opening.Title, opening.Body, opening.Context));
        var first = documents.Single(d => d.Title == "Första avsnittet");
        Assert.Equal("Text i första avsnittet.\nFotnotens text.", first.Body);
        var sub = documents.Single(d => d.Title == "Ett underavsnitt");
        Assert.Equal(("Text i underavsnittet.", "Siffror per stadsdel", "Första avsnittet"), (sub.Body, sub.Table, sub.Context));
        Assert.Equal("en punkt\nen till", documents.Single(d => d.Title == "Andra avsnittet").Body);
    }

    [Fact]
    public void A_table_is_its_caption_with_headers_and_cells_as_on_the_page_and_source_and_notes()
    {
        var table = Collect(Files).Single(d => d.Kind == SearchDocument.TableKind);

        Assert.Equal("Siffror per stadsdel", table.Title);
        Assert.Equal("Fruängen – Antal: 1\u00A0047, Andel: 12,5\u00A0%;\nÄlvsjö – Antal: 230, Andel: –;", table.Table);
        Assert.Equal("Källa: Egen räkning.\nEn anmärkning.", table.Body);
        Assert.Equal("Första avsnittet › Ett underavsnitt", table.Context);
    }

    [Fact]
    public void A_chart_is_a_document_only_when_its_table_is_not_placed_in_the_chapter()
    {
        var documents = Collect(Files);

        Assert.DoesNotContain(documents, d => d.Url.EndsWith("#diagram-siffror", StringComparison.Ordinal));
        var chart = Assert.Single(documents, d => d.Kind == SearchDocument.ChartKind);
        Assert.Equal(("Bara ett diagram", "2023: 12;\n2024: 14;"), (chart.Title, chart.Table));
    }

    [Fact]
    public void A_chapter_without_headings_or_text_can_still_be_found_by_its_title()
    {
        var chapter = Collect(Files).Last();

        Assert.Equal(("Kapitel utan rubriker", "", SearchDocument.SectionKind), (chapter.Title, chapter.Body, chapter.Kind));
    }

    [Fact]
    public void Internal_blocks_of_a_public_build_are_not_searchable()
    {
        var documents = Collect(Files);

        Assert.DoesNotContain(documents, d => (d.Title + d.Body + d.Table).Contains("Hemlig", StringComparison.Ordinal)
            || d.Title.Contains("Intern", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_heading_and_every_placed_table_or_chart_of_the_frozen_report_has_one_document()
    {
        var edition = Load(RepoPaths.FrozenContent);

        var urls = SearchDocumentCollector.Collect(Plan(edition)).Select(d => d.Url).ToList();
        var allDirectives = edition.Chapters.SelectMany(c => c.Document.Descendants<DataTableBlock>()).ToList();

        // The report has both kinds, so the checks per kind below each see some.
        Assert.Contains(allDirectives, d => d is TableBlock);
        Assert.Contains(allDirectives, d => d is ChartBlock);

        foreach (var chapter in edition.Chapters)
        {
            var page = $"/{edition.Year}/{chapter.Slug}/";
            Assert.All(chapter.Headings, h => Assert.Single(urls, page + "#" + h.Id));
            var directives = chapter.Document.Descendants<DataTableBlock>().ToList();
            Assert.All(directives.Where(d => d is TableBlock), t => Assert.Single(urls, page + "#" + PageIds.TableAnchor(t.TableId)));
            Assert.All(directives.Where(d => d is ChartBlock), c => Assert.Single(urls,
                u => u == page + "#" + PageIds.TableAnchor(c.TableId) || u == page + "#" + PageIds.ChartAnchor(c.TableId)));
        }

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    private static IReadOnlyList<SearchDocument> Collect(string files)
    {
        using var site = TestSite.FromText(files);
        return SearchDocumentCollector.Collect(Plan(Load(site.ContentDirectory)));
    }

    /// <summary>The edition as the assemble stage plans it, which is what search reads.</summary>
    private static EditionPlan Plan(Edition edition) =>
        SiteAssembler.Assemble(new Lagesbild.Site.Model.Site(new SiteSettings("t", "d", "sv", "/", []), [edition]), true, new UrlBuilder("/"), new DiagnosticBag()).Editions.Single();

    private static Edition Load(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(contentDirectory, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedArray()));
        return site!.Editions.Single();
    }
}
