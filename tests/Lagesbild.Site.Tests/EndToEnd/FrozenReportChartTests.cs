using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>The frozen 2024 report's own series are charted, each right above its table, with the figures of the source.</summary>
public sealed class FrozenReportChartTests : IClassFixture<FrozenSite>
{
    private readonly FrozenSite _site;

    public FrozenReportChartTests(FrozenSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("brottsligheten", "vald-i-offentlig-miljo")]
    [InlineData("brottsligheten", "narkotikabrott")]
    [InlineData("brottsligheten", "inbrott-i-bostad")]
    [InlineData("brottsligheten", "bedrageri-mot-aldre")]
    [InlineData("brottsligheten", "personran")]
    [InlineData("brottsligheten", "vald-i-nara-relation")]
    [InlineData("skolor", "franvaro")]
    [InlineData("skolor", "resultat-ak6")]
    [InlineData("skolor", "resultat-ak9")]
    [InlineData("socialtjanstrapporten", "anmalningar-per-stadsdelsnamnd")]
    public void Each_series_has_its_chart_right_above_its_table(string chapter, string table)
    {
        var chart = _site.Result.Page($"2024/{chapter}/index.html").GetElementById("diagram-" + table)!;
        Assert.Equal("tabell-" + table, chart.NextElementSibling!.Id);
        // The chart is numbered as a chart, the table as a table; both name the same figures.
        var caption = System.Text.RegularExpressions.Regex.Replace(chart.NextElementSibling.QuerySelector("caption")!.NormalizedText(), @"^Tabell \d+\. ", "");
        Assert.Matches(@"^Diagram \d+\. ", chart.QuerySelector("figcaption")!.NormalizedText());
        Assert.Contains(caption, chart.QuerySelector("figcaption")!.NormalizedText(), StringComparison.Ordinal);
        chart.QuerySelector(".chart-narrow")!.Remove();
        Assert.NotEmpty(chart.QuerySelectorAll("svg[role=img] rect.chart-bar"));
    }

    [Fact]
    public void Pupils_with_more_than_half_absence_137_112_75()
    {
        var chart = _site.Result.Page("2024/skolor/index.html").QuerySelector("#diagram-franvaro .chart-wide")!;
        Assert.Equal(["okt 2022", "okt 2023", "sep 2024"], chart.QuerySelectorAll("rect.chart-bar").Select(b => b.GetAttribute("data-category")));
        Assert.Equal(["137", "112", "75"], chart.QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
    }

    [Fact]
    public void School_results_2022_to_2024_in_three_panels()
    {
        var chart = _site.Result.Page("2024/skolor/index.html").QuerySelector("#diagram-resultat-ak9 .chart-wide")!;
        Assert.Equal(["Meritvärde åk 9", "Behörighet åk 9", "Andel godkänt i alla ämnen åk 9"],
            chart.QuerySelectorAll(".chart-value-title").Select(t => t.NormalizedText()));
        Assert.Equal(["244", "246,5", "249", "88,3", "89,2", "89,9", "80,7", "79,7", "80,9"],
            chart.QuerySelectorAll("text.chart-value").Select(t => t.TextContent));
    }

    [Fact]
    public void Reports_per_stadsdelsnamnd_one_bar_each_without_the_city_total()
    {
        var chart = _site.Result.Page("2024/socialtjanstrapporten/index.html").QuerySelector("#diagram-anmalningar-per-stadsdelsnamnd .chart-wide")!;
        var bars = chart.QuerySelectorAll("rect.chart-bar");
        Assert.Equal(11, bars.Length);
        Assert.Equal("5518", bars.Single(b => b.GetAttribute("data-category") == "Hägersten-Älvsjö").GetAttribute("data-value"));
        Assert.DoesNotContain(bars, b => b.GetAttribute("data-category") == "Totalt i staden");
        Assert.Equal("Antal anmälningar", chart.QuerySelector(".chart-value-title")!.NormalizedText());
    }
}
