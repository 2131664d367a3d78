using System.Globalization;
using System.Text;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Bar colours and the legend that names them. Colours are CSS classes (<c>chart-series-1</c> …,
/// with dark-mode variants in site.css); the <c>fill</c> attribute is only the fallback when the
/// stylesheet is missing. Each has at least 3:1 contrast with the page background.
/// </summary>
public static class ChartLegend
{
    private static readonly string[] Fallbacks = ["#1f5fa8", "#b4531a", "#2e7d4f", "#7b4fa8"];

    private const double Swatch = 14;
    private const double RowHeight = 22;

    public static string SeriesClass(int index) =>
        "chart-series-" + ((index % Fallbacks.Length) + 1).ToString(CultureInfo.InvariantCulture);

    public static string FallbackFill(int index) => Fallbacks[index % Fallbacks.Length];

    /// <summary>The height the legend takes in <paramref name="width"/>; none for a single unnamed series.</summary>
    public static double Height(IReadOnlyList<string> names, double width) =>
        names.Count < 2 ? 0 : Rows(names, width).Count * RowHeight;

    public static void Write(StringBuilder svg, IReadOnlyList<string> names, double x, double y, double width)
    {
        if (names.Count < 2)
        {
            return;
        }

        svg.Append("<g class=\"chart-legend\">\n");
        var rows = Rows(names, width);
        for (var row = 0; row < rows.Count; row++)
        {
            var left = x;
            foreach (var index in rows[row])
            {
                var top = y + (row * RowHeight);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-swatch {SeriesClass(index)}\" x=\"{Svg.N(left)}\" y=\"{Svg.N(top + 3)}\" width=\"{Svg.N(Swatch)}\" height=\"{Svg.N(Swatch)}\" fill=\"{FallbackFill(index)}\"/>\n");
                Svg.Text(svg, "chart-legend-label", left + Swatch + 6, top + 15, "start", names[index]);
                left += ItemWidth(names[index]);
            }
        }

        svg.Append("</g>\n");
    }

    private static double ItemWidth(string name) => Swatch + 6 + Svg.Width(name) + 18;

    private static List<List<int>> Rows(IReadOnlyList<string> names, double width)
    {
        var rows = new List<List<int>> { new() };
        var used = 0.0;
        for (var i = 0; i < names.Count; i++)
        {
            if (rows[^1].Count > 0 && used + ItemWidth(names[i]) > width)
            {
                rows.Add([]);
                used = 0;
            }

            rows[^1].Add(i);
            used += ItemWidth(names[i]);
        }

        return rows;
    }
}
