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

    /// <summary>
    /// The width of the drawing for narrow columns (phones): horizontal bars, panels stacked. At
    /// 320 px the column is about 288 px, so 14-unit text renders at 12.6 px; at 560 units it would
    /// be 7 px.
    /// </summary>
    public const double NarrowWidth = 320;

    /// <param name="number">The chart's number in its chapter ("Diagram 1"), see <see cref="FigureNumber"/>.</param>
    /// <param name="source">The table's source line ("Källa: …"), repeated under the chart.</param>
    /// <param name="focus">The edition's own district, emphasised among the others (bold, ◆, outlined bars).</param>
    public static string Write(ChartData chart, string anchor, int? number = null, string? source = null, string? focus = null)
    {
        var captionId = anchor + "_rubrik";
        var title = number is { } n ? FigureNumber.Caption(FigureNumber.Chart, n, chart.Title) : chart.Title;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{anchor}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<figcaption class=\"chart-title\" id=\"{captionId}\">{Html.Escape(title)}");
        html.Append(CultureInfo.InvariantCulture, $" <span class=\"chart-shows\">{Html.Escape(ChartSummary.Shows(chart))}</span></figcaption>\n");
        var wide = new StringBuilder();
        var height = chart.Orientation == ChartOrientation.Columns
            ? ColumnChartWriter.Write(wide, chart.Panels, Width)
            : BarChartWriter.Write(wide, chart.Panels, Width, focus);
        WriteDrawing(html, chart, "chart-wide", anchor + "_beskrivning", captionId, wide, Width, height);
        var narrow = new StringBuilder();
        var narrowHeight = BarChartWriter.Write(narrow, chart.Panels, NarrowWidth, chart.Orientation == ChartOrientation.Bars ? focus : null);
        WriteDrawing(html, chart, "chart-narrow", anchor + "_beskrivning_smal", captionId, narrow, NarrowWidth, narrowHeight);
        if (source is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"chart-sources chart-source\">{Html.Escape(source)}</p>\n");
        }

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

    /// <summary>
    /// One drawing of the chart. Both are in the page and site.css displays one of them by the
    /// column's width (a container query), so assistive technology only ever meets one.
    /// </summary>
    private static void WriteDrawing(StringBuilder html, ChartData chart, string cssClass, string descriptionId, string captionId, StringBuilder body, double width, double height)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"chart-drawing {cssClass}\">\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-labelledby=\"{captionId}\" aria-describedby=\"{descriptionId}\" font-size=\"{Svg.N(Svg.FontSize)}\" fill=\"currentColor\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descriptionId}\">{Html.Escape(Description(chart))}</desc>\n");
        html.Append(body);
        html.Append("</svg>\n</div>\n");
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
