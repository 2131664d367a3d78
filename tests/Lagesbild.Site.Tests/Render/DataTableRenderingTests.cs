using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>The table schema, rendered: grouped headers, row groups, sub-rows, totals, markers and formatting.</summary>
public sealed class DataTableRenderingTests
{
    private static IElement RenderTable(string yaml)
    {
        using var site = TestSite.FromText(MinimalSite.WithTable(yaml));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Page("2024/kapitel/index.html").QuerySelector("figure#tabell-t")
            ?? throw new Xunit.Sdk.XunitException("the table was not rendered");
    }

    [Fact]
    public void Grouped_headers_span_their_columns_and_leaf_headers_fill_down()
    {
        // Given the school-results shape: groups of years over one row of figures
        var table = RenderTable("""
            caption: Resultat årskurs 9
            source: "Källa: Verktyget 2024"
            columns:
              - key: skola
                header: Skola
                type: text
              - group: Meritvärde åk 9
                columns:
                  - { key: m2022, header: "2022", type: decimal }
                  - { key: m2023, header: "2023", type: decimal }
              - group: Behörighet åk 9
                columns:
                  - { key: b2022, header: "2022", type: percent }
            rows:
              - [Alla, 244, 246.5, 88.3]
            """);

        // Then the caption, the grouped header and the leaf headers are where a screen reader expects them
        Assert.Equal("Tabell 1. Resultat årskurs 9", table.QuerySelector("caption")!.NormalizedText());
        var headerRows = table.QuerySelectorAll("thead tr");
        Assert.Equal(2, headerRows.Length);
        var groups = headerRows[0].QuerySelectorAll("th[scope=colgroup]");
        Assert.Equal(["Meritvärde åk 9", "Behörighet åk 9"], groups.Select(g => g.NormalizedText()));
        Assert.Equal(["2", "1"], groups.Select(g => g.GetAttribute("colspan")));
        var skola = headerRows[0].QuerySelector("th[scope=col]")!;
        Assert.Equal(("Skola", "2"), (skola.NormalizedText(), skola.GetAttribute("rowspan")));
        Assert.Equal(["2022", "2023", "2022"], headerRows[1].QuerySelectorAll("th[scope=col]").Select(h => h.NormalizedText()));

        // And the figures are formatted the Swedish way, right-aligned, with the source under the table
        var cells = table.QuerySelectorAll("tbody td");
        Assert.Equal(["244", "246,5", "88,3\u00A0%"], cells.Select(c => c.TextContent));
        Assert.All(cells, c => Assert.Contains("num", c.ClassList));
        Assert.Equal("Alla", table.QuerySelector("tbody th[scope=row]")!.NormalizedText());
        Assert.Equal("Källa: Verktyget 2024", table.QuerySelector(".table-source")!.NormalizedText());
    }

    [Fact]
    public void Row_groups_sub_rows_totals_and_markers_render_as_their_own_rows()
    {
        var table = RenderTable("""
            caption: Anmälda brott
            notes:
              - marker: "*"
                text: Avser medelbefolkningen.
              - Utan markör.
            columns:
              - { key: brott, header: "", type: text }
              - { key: antal, header: Antal, type: integer, marker: "*" }
            rows:
              - group: Stockholm kommun
                rows:
                  - [Totalt antal brott, 192435]
                  - cells: [3-7 kap. Brott mot person, 26000]
                    rows:
                      - [3 kap. Brott mot liv och hälsa, 10126]
              - cells: [Totalt, 218435]
                total: true
              - [Saknas, ~]
            """);

        var groupHeader = table.QuerySelector("tbody tr.row-group th[scope=rowgroup]")!;
        Assert.Equal(("Stockholm kommun", "2"), (groupHeader.NormalizedText(), groupHeader.GetAttribute("colspan")));
        var subRow = table.QuerySelector("tr.sub-row")!;
        Assert.Equal(["3 kap. Brott mot liv och hälsa", "10\u00A0126"], subRow.Children.Select(c => c.TextContent));
        Assert.Equal("3-7 kap. Brott mot person", subRow.PreviousElementSibling!.QuerySelector("th")!.NormalizedText());
        Assert.Equal(["Totalt", "218\u00A0435"], table.QuerySelector("tr.total")!.Children.Select(c => c.TextContent));
        Assert.Equal("Antal*", table.QuerySelector("th[scope=col]")!.NormalizedText());
        Assert.Equal("*", table.QuerySelector("th[scope=col] sup.note-marker")!.TextContent);
        Assert.Equal(["* Avser medelbefolkningen.", "Utan markör."], table.QuerySelectorAll(".table-notes li").Select(li => li.NormalizedText()));
        Assert.Equal("uppgift saknas", table.QuerySelector("td.empty .visually-hidden")!.TextContent);
        Assert.DoesNotContain(table.QuerySelectorAll("thead th"), th => th.NormalizedText().Length == 0);
    }

    [Fact]
    public void Nested_groups_give_one_header_row_per_level()
    {
        var table = RenderTable("""
            caption: Två nivåer
            columns:
              - { key: namn, header: "", type: text }
              - group: År
                columns:
                  - group: "2022"
                    columns:
                      - { key: a2022, header: Antal, type: integer }
                      - { key: p2022, header: /100 000 inv, type: integer }
                  - group: "2023"
                    columns:
                      - { key: a2023, header: Antal, type: integer }
                      - { key: p2023, header: /100 000 inv, type: integer }
            rows:
              - [Totalt antal brott, 21860, 17446, 21530, 17099]
            """);

        var rows = table.QuerySelectorAll("thead tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("3", rows[0].QuerySelector("td")!.GetAttribute("rowspan"));
        Assert.Equal(("År", "4"), (rows[0].QuerySelector("th")!.NormalizedText(), rows[0].QuerySelector("th")!.GetAttribute("colspan")));
        Assert.Equal(["2022", "2023"], rows[1].QuerySelectorAll("th").Select(t => t.NormalizedText()));
        Assert.Equal(4, rows[2].QuerySelectorAll("th").Length);
        Assert.Equal("21\u00A0530", table.QuerySelectorAll("tbody td")[2].TextContent);
    }

    [Fact]
    public void Figures_written_the_way_editors_copy_them_are_accepted()
    {
        var table = RenderTable("""
            caption: Kopierade siffror
            columns:
              - { key: namn, header: Namn, type: text }
              - { key: antal, header: Antal, type: integer }
              - { key: andel, header: Andel, type: decimal }
            rows:
              - [Järva, "24 763", "227,8"]
            """);

        Assert.Equal(["24\u00A0763", "227,8"], table.QuerySelectorAll("tbody td").Select(c => c.TextContent));
    }
}
