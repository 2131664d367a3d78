using Lagesbild.Site.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render.Charts;

/// <summary>
/// <c>::: chart id</c> draws an SVG at build time: one bar per figure, its value next to it in
/// Swedish format, labelled axes, an accessible name and description, and the table right below.
/// </summary>
public sealed class ChartSvgTests
{
    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The chart with its wide drawing only: the narrow one (bars for phones) is checked in a browser by ReaderViewTests.</summary>
    private static IElement Chart(string page, string id)
    {
        var chart = EditionSite.Published.Page(page).GetElementById("diagram-" + id)
            ?? throw new Xunit.Sdk.XunitException($"no chart {id} on {page}");
        Assert.NotNull(chart.QuerySelector(".chart-narrow svg[role=img]"));
        chart.QuerySelector(".chart-narrow")!.Remove();
        return chart;
    }

    [Fact]
    public void Columns_over_time_one_per_figure_with_the_value_above_and_the_period_below()
    {
        // Given 2023's table (2021–2022: 810, 2022–2023: 840) and 2022's (2020–2021: 700, 2021–2022: 800)
        var chart = Chart("2023/brottsligheten/index.html", "narkotikabrott");

        // Then there is one column per period, the older edition's period first, 2023's revised figure for 2021–2022
        var bars = chart.QuerySelectorAll("rect.chart-bar");
        Assert.Equal(["2020–2021", "2021–2022", "2022–2023"], bars.Select(b => b.GetAttribute("data-category")));
        Assert.Equal(["700", "810", "840"], bars.Select(b => b.GetAttribute("data-value")));

        // And each value stands centred just above its column, each period centred below the axis
        var values = chart.QuerySelectorAll("text.chart-value");
        var categories = chart.QuerySelectorAll("text.chart-category");
        var axis = Number(chart.QuerySelector("line.chart-axis")!, "y1");
        Assert.Equal(["700", "810", "840"], values.Select(v => v.TextContent));
        Assert.Equal(["2020–2021", "2021–2022", "2022–2023"], categories.Select(c => c.TextContent));
        for (var i = 0; i < bars.Length; i++)
        {
            var center = Number(bars[i], "x") + (Number(bars[i], "width") / 2);
            Assert.Equal(center, Number(values[i], "x"), 0.11);
            Assert.Equal(center, Number(categories[i], "x"), 0.11);
            Assert.InRange(Number(bars[i], "y") - Number(values[i], "y"), 2, 12);
            Assert.Equal(axis, Number(bars[i], "y") + Number(bars[i], "height"), 0.11);
            Assert.True(Number(categories[i], "y") > axis);
            Assert.Equal("middle", values[i].GetAttribute("text-anchor"));
        }

        // And the heights are to scale, from zero
        var perUnit = bars.Select(b => Number(b, "height") / Number(b, "data-value")).ToList();
        Assert.All(perUnit, p => Assert.Equal(perUnit[0], p, 0.002));

        // And the axes are labelled in Swedish, ticks in Swedish number format
        Assert.Equal("Anmälda brott", chart.QuerySelector(".chart-value-title")!.TextContent);
        Assert.Equal("Period", chart.QuerySelector(".chart-category-title")!.TextContent);
        Assert.Equal(["0", "250", "500", "750", "1 000"], chart.QuerySelectorAll("text.chart-tick").Select(t => t.TextContent.Replace('\u00A0', ' ')));
        Assert.Contains("utgåvorna 2022 och 2023", chart.QuerySelector(".chart-sources")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_is_one_named_and_described_image_with_its_table_right_below()
    {
        var chart = Chart("2023/brottsligheten/index.html", "narkotikabrott");

        var svg = chart.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var name = chart.Owner!.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("Diagram 1. Narkotikabrott, anmälda brott per period Visar anmälda brott för 2020–2021 till 2022–2023.", name.TextContent);
        Assert.Equal("figcaption", name.LocalName);
        var description = chart.Owner.GetElementById(svg.GetAttribute("aria-describedby")!)!;
        Assert.Equal("desc", description.LocalName);
        Assert.Equal(
            "Stapeldiagram. Anmälda brott per period: 2020–2021 700; 2021–2022 810; 2022–2023 840. Uppgifterna finns också i tabellen under diagrammet.",
            description.TextContent);

        var table = chart.NextElementSibling!;
        Assert.Equal("tabell-narkotikabrott", table.Id);
        Assert.NotNull(table.QuerySelector("table"));
        Assert.Null(chart.QuerySelector("[style], style, script"));
    }

    [Fact]
    public void Year_columns_give_a_panel_per_column_group_with_the_figures_as_in_the_table()
    {
        var chart = Chart("2023/skolor/index.html", "resultat");

        var panels = chart.QuerySelectorAll("g.chart-panel");
        Assert.Equal(["Meritvärde", "Behörighet"], panels.Select(p => p.QuerySelector(".chart-value-title")!.TextContent));
        Assert.All(panels, p => Assert.Equal("År", p.QuerySelector(".chart-category-title")!.TextContent));
        Assert.Equal(["244", "246,5", "249,0"], panels[0].QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
        Assert.Equal(["88,3\u00A0%", "89,2\u00A0%", "89,9\u00A0%"], panels[1].QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
        Assert.Equal(["2021", "2022", "2023"], panels[1].QuerySelectorAll("text.chart-category").Select(t => t.TextContent));
        Assert.Equal(6, chart.QuerySelectorAll("rect.chart-bar").Length);
        Assert.Equal("100\u00A0%", panels[1].QuerySelectorAll("text.chart-tick").Last().TextContent);
    }

    [Fact]
    public void Named_rows_give_horizontal_bars_for_the_chosen_column_without_the_total()
    {
        var chart = Chart("2023/brottsligheten/index.html", "anmalningar");

        var bars = chart.QuerySelectorAll("rect.chart-bar");
        Assert.Equal(["Järva", "Hägersten-Älvsjö", "Skärholmen"], bars.Select(b => b.GetAttribute("data-category")));
        Assert.Equal(["5110", "5518", "2741"], bars.Select(b => b.GetAttribute("data-value")));
        var values = chart.QuerySelectorAll("text.chart-value");
        var names = chart.QuerySelectorAll("text.chart-category");
        Assert.Equal(["5 110", "5 518", "2 741"], values.Select(v => v.TextContent.Replace('\u00A0', ' ')));
        for (var i = 0; i < bars.Length; i++)
        {
            var end = Number(bars[i], "x") + Number(bars[i], "width");
            Assert.InRange(Number(values[i], "x") - end, 2, 10);
            Assert.InRange(Number(values[i], "y"), Number(bars[i], "y"), Number(bars[i], "y") + Number(bars[i], "height") + 2);
            Assert.Equal(Number(values[i], "y"), Number(names[i], "y"));
            Assert.True(Number(names[i], "x") < Number(bars[i], "x"));
            Assert.Equal("end", names[i].GetAttribute("text-anchor"));
        }

        Assert.Equal("Stadsdelsnämnd", chart.QuerySelector(".chart-category-title")!.TextContent);
        Assert.Equal("Antal anmälningar", chart.QuerySelector(".chart-value-title")!.TextContent);
    }

    [Fact]
    public void An_earlier_edition_adds_its_figures_only_where_it_shows_the_table_publicly()
    {
        // Given 2023 shows the table only to staff (::: internal) and 2024 charts it
        const string table = """
            caption: T
            columns:
              - { key: period, header: Period, type: text }
              - { key: antal, header: Antal, type: integer }
            rows:
            """;
        using var site = TestSite.FromText(MinimalSite.Files + """

            -- content/2023/edition.yml --
            title: Lägesbild 2023
            published: 2023-12-01
            status: published
            -- content/2023/01-kapitel.md --
            ---
            title: Kapitel
            ---

            ::: internal
            ::: table t
            :::
            :::
            -- content/2024/01-kapitel.md --
            ---
            title: Kapitel
            ---

            ::: chart t
            :::

            ::: table t
            :::
            -- content/2023/data/t.yml --
            """ + table + "\n  - [\"2022\", 11]\n-- content/2024/data/t.yml --\n" + table + "\n  - [\"2024\", 7]\n");

        // When the public site is built
        var result = site.Build();

        // Then 2024's chart has only its own figure, and 2023 publishes no download of the table
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var bars = result.Page("2024/kapitel/index.html").QuerySelectorAll("#diagram-t .chart-wide rect.chart-bar");
        Assert.Equal(["2024"], bars.Select(b => b.GetAttribute("data-category")));
        Assert.DoesNotContain(result.Files, f => f.RelativePath.StartsWith("2023/data/", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.RelativePath == "2024/data/t.csv");
    }

    [Fact]
    public void A_chart_of_an_unknown_table_or_column_is_an_error_at_the_directive()
    {
        using var site = TestSite.FromText(MinimalSite.Files + """

            -- content/2024/01-kapitel.md --
            ---
            title: Kapitel
            ---

            ::: chart franvaro
            :::

            ::: chart t elever
            :::

            ::: table t
            :::
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - { key: period, header: Period, type: text }
              - { key: antal, header: Antal, type: integer }
            rows:
              - ["2023", 1]
            """);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "content/2024/01-kapitel.md:5:1: error: there is no data table `franvaro` in 2024/data/ (check the spelling; known tables: t) [LB204]",
                "content/2024/01-kapitel.md:8:1: error: `elever` is not a column of the table `t` (columns with figures: antal) [LB213]",
            ],
            result.Diagnostics.Select(d => d.Format(Language.English).Replace(site.Root + "/", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_chart_without_its_table_right_below_is_a_warning()
    {
        using var site = TestSite.FromText(MinimalSite.WithTable("""
            caption: T
            columns:
              - { key: period, header: Period, type: text }
              - { key: antal, header: Antal, type: integer }
            rows:
              - ["2023", 1]
            """).Replace("::: table t\n:::", "::: chart t\n:::\n\nText.", StringComparison.Ordinal));

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "content/2024/01-kapitel.md:7:1: warning: the chart `t` has no table right below it (place `::: table t` and `:::` right under the chart: the table is the chart's text version) [LB214]",
            warning.Format(Language.English).Replace(site.Root + "/", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_editions_own_district_stands_out_by_weight_mark_and_outline_not_colour_alone()
    {
        using var site = TestSite.FromText(MinimalSite.Files + "\nfocus_district: Hägersten-Älvsjö\n" + """

            -- content/2024/01-kapitel.md --
            ---
            title: Kapitel
            ---

            Text.

            ::: chart t antal
            :::

            ::: table t
            :::

            -- content/2024/data/t.yml --
            caption: Anmälningar per stadsdelsnämnd
            columns:
              - { key: namn, header: Stadsdelsnämnd, type: text }
              - { key: antal, header: Antal anmälningar, type: integer }
            rows:
              - [Järva, 5110]
              - [Hägersten-Älvsjö, 5518]
              - [Skärholmen, 2741]
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var chart = result.Page("2024/kapitel/index.html").GetElementById("diagram-t")!;
        foreach (var drawing in chart.QuerySelectorAll(".chart-drawing"))
        {
            Assert.Equal(["Hägersten-Älvsjö"], drawing.QuerySelectorAll("rect.chart-bar.chart-focus").Select(b => b.GetAttribute("data-category")));
            Assert.Equal(["◆ Hägersten-Älvsjö"], drawing.QuerySelectorAll("text.chart-category.chart-focus").Select(t => t.TextContent));
            Assert.Equal(2, drawing.QuerySelectorAll("text.chart-category:not(.chart-focus)").Length);
        }
    }
}
