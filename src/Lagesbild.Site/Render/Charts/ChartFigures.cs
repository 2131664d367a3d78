using System.Globalization;
using System.Text;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Writes one figure: its bar and its value, visible next to it. The data attributes name what
/// the bar stands for, for tests and for anyone reading the SVG.
/// </summary>
public static class ChartFigures
{
    /// <param name="focus">The report's own district: outlined, so it stands out without relying on colour.</param>
    public static void Bar(StringBuilder svg, int series, string seriesName, string category, decimal value, double x, double y, double width, double height, bool focus = false)
    {
        var name = seriesName.Length == 0 ? "" : $" data-series=\"{Html.Escape(seriesName)}\"";
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"chart-bar {ChartLegend.SeriesClass(series)}{(focus ? " chart-focus" : "")}\" x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" fill=\"{ChartLegend.FallbackFill(series)}\" data-category=\"{Html.Escape(category)}\"{name} data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\"/>\n");
    }

    /// <summary>The series' names for the legend, empty when there is a single unnamed series.</summary>
    public static IReadOnlyList<string> SeriesNames(ChartPanel panel) =>
        panel.Series.Length < 2 ? [] : [.. panel.Series.Select(s => s.Name)];
}
