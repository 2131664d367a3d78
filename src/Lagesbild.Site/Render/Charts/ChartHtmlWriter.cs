using System.Globalization;
using System.Text;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Writes a chart as a figure: the caption, then an SVG drawn at build time (no charting script
/// in the browser). The SVG is one image to assistive technology (<c>role="img"</c>), named by
/// the caption and described by a text that reads out every figure; the table placed right below
/// the chart is its full text version. Colours and text follow the page (<c>currentColor</c> and
/// CSS classes), so the chart is legible in dark mode; there are no style attributes, which the
/// Content-Security-Policy would block.
/// </summary>
public static class ChartHtmlWriter
{
    /// <summary>The drawing width in SVG units; the chart scales to the column it stands in.</summary>
    public const double Width = 560;

    public static string Write(ChartData chart, string anchor)
    {
        var body = new StringBuilder();
        var height = chart.Orientation == ChartOrientation.Columns
            ? ColumnChartWriter.Write(body, chart.Panels, Width)
            : BarChartWriter.Write(body, chart.Panels, Width);
        var captionId = anchor + "_rubrik";
        var descriptionId = anchor + "_beskrivning";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{anchor}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption class=\"chart-title\" id=\"{captionId}\">{Html.Escape(chart.Title)}</figcaption>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{captionId}\">\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(height)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-labelledby=\"{captionId}\" aria-describedby=\"{descriptionId}\" font-size=\"{Svg.N(Svg.FontSize)}\" fill=\"currentColor\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descriptionId}\">{Html.Escape(Description(chart))}</desc>\n");
        html.Append(body);
        html.Append("</svg>\n</div>\n");
        if (chart.SourceYears.Length > 1)
        {
            var years = chart.SourceYears.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
            var editions = $"{string.Join(", ", years[..^1])} och {years[^1]}";
            html.Append(chart.Orientation == ChartOrientation.Columns
                ? $"<p class=\"chart-sources\">Diagrammet bygger på utgåvorna {editions}. Finns en period i flera utgåvor visas siffran från den senaste.</p>\n"
                : $"<p class=\"chart-sources\">Diagrammet visar uppgifterna i utgåvorna {editions}.</p>\n");
        }

        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>Every figure in words: "Stapeldiagram. Anmälda brott per period: 2022–2023 840; 2023–2024 1 047. …"</summary>
    public static string Description(ChartData chart)
    {
        var text = new StringBuilder(chart.Orientation == ChartOrientation.Columns ? "Stapeldiagram." : "Liggande stapeldiagram.");
        foreach (var panel in chart.Panels)
        {
            var scale = new ValueScale([], panel.Type);
            var subject = panel.ValueTitle.Length == 0 ? panel.CategoryTitle : $"{panel.ValueTitle} per {panel.CategoryTitle.ToLowerInvariant()}";
            var figures = panel.Categories.Select((category, c) =>
                panel.Series.Length == 1
                    ? $"{category} {Figure(scale, panel.Series[0].Values[c])}"
                    : $"{category}: {string.Join(", ", panel.Series.Select(s => $"{s.Name} {Figure(scale, s.Values[c])}"))}");
            text.Append(' ').Append(subject.Trim()).Append(": ").Append(string.Join("; ", figures)).Append('.');
        }

        return text.Append(" Uppgifterna finns också i tabellen under diagrammet.").ToString();
    }

    private static string Figure(ValueScale scale, decimal? value) => value is { } v ? scale.ValueLabel(v) : "uppgift saknas";
}
