using System.Text;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Vertical columns for figures over time: the periods along the bottom, each figure's value
/// above its column, the measure as the panel's title above the value axis. Panels of the same
/// table (e.g. Meritvärde, Behörighet, Godkänt) stand side by side when their labels fit, each
/// on its own scale.
/// </summary>
public static class ColumnChartWriter
{
    private const double Gap = 20;
    private const double PlotHeight = 190;
    private const double ValueRoom = 24;
    private const double LineHeight = 17;
    private const double TitleLineHeight = 19;
    private const double MaxBarWidth = 64;

    /// <summary>Writes the panels from the top of the chart and returns the height they take.</summary>
    public static double Write(StringBuilder svg, IReadOnlyList<ChartPanel> panels, double width)
    {
        var y = 0.0;
        for (var i = 0; i < panels.Count;)
        {
            var perRow = PanelsPerRow(panels.Skip(i).ToList(), width);
            var row = panels.Skip(i).Take(perRow).ToList();
            y += WriteRow(svg, row, perRow, y, width);
            i += perRow;
            y += i < panels.Count ? Gap : 0;
        }

        return y;
    }

    private sealed record Geometry(ChartPanel Panel, ValueScale Scale, double Left, double Width, double PlotLeft, double Band);

    private static Geometry Measure(ChartPanel panel, double left, double width)
    {
        var scale = new ValueScale(panel.Series.SelectMany(s => s.Values).OfType<decimal>(), panel.Type);
        var plotLeft = left + scale.Ticks.Max(t => Svg.Width(scale.Label(t))) + 10;
        var band = (left + width - 4 - plotLeft) / Math.Max(1, panel.Categories.Length);
        return new Geometry(panel, scale, left, width, plotLeft, band);
    }

    /// <summary>Up to three panels side by side, as long as neighbouring values do not collide.</summary>
    private static int PanelsPerRow(IReadOnlyList<ChartPanel> rest, double width)
    {
        for (var k = Math.Min(rest.Count, 3); k > 1; k--)
        {
            var panelWidth = (width - ((k - 1) * Gap)) / k;
            if (rest.Take(k).All(p => Fits(Measure(p, 0, panelWidth))))
            {
                return k;
            }
        }

        return 1;
    }

    private static bool Fits(Geometry g)
    {
        var series = Math.Max(1, g.Panel.Series.Length);
        var spacing = series > 1 ? Math.Min(MaxBarWidth, g.Band * 0.8 / series) : g.Band;
        var widest = g.Panel.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => Svg.Width(g.Scale.ValueLabel(v))).DefaultIfEmpty(0).Max();
        return widest + 5 <= spacing && g.Band >= 36;
    }

    private static double WriteRow(StringBuilder svg, IReadOnlyList<ChartPanel> row, int perRow, double top, double width)
    {
        var panelWidth = (width - ((perRow - 1) * Gap)) / perRow;
        var geometries = row.Select((p, i) => Measure(p, i * (panelWidth + Gap), panelWidth)).ToList();
        var titleLines = geometries.Max(g => g.Panel.ValueTitle.Length == 0 ? 0 : Svg.Wrap(g.Panel.ValueTitle, panelWidth - 8, 15).Count);
        var legend = geometries.Max(g => ChartLegend.Height(ChartFigures.SeriesNames(g.Panel), panelWidth));
        var categoryLines = geometries.Max(g => g.Panel.Categories.Select(c => Svg.Wrap(c, g.Band - 4).Count).DefaultIfEmpty(1).Max());
        var legendTop = top + (titleLines * TitleLineHeight) + (titleLines > 0 ? 6 : 0);
        var plotTop = legendTop + legend + ValueRoom;
        var plotBottom = plotTop + PlotHeight;
        var categoryTitle = plotBottom + 18 + (categoryLines * LineHeight) + 4;
        foreach (var g in geometries)
        {
            svg.Append("<g class=\"chart-panel\">\n");
            if (g.Panel.ValueTitle.Length > 0)
            {
                Svg.Text(svg, "chart-axis-title chart-value-title", g.Left, top + 15, "start", Svg.Wrap(g.Panel.ValueTitle, panelWidth - 8, 15), TitleLineHeight);
            }

            ChartLegend.Write(svg, ChartFigures.SeriesNames(g.Panel), g.Left, legendTop, panelWidth);
            WritePlot(svg, g, plotTop, plotBottom);
            var plotRight = g.Left + g.Width - 4;
            if (g.Panel.CategoryTitle.Length > 0)
            {
                Svg.Text(svg, "chart-axis-title chart-category-title", (g.PlotLeft + plotRight) / 2, categoryTitle, "middle", g.Panel.CategoryTitle);
            }

            svg.Append("</g>\n");
        }

        return categoryTitle + 8 - top;
    }

    private static void WritePlot(StringBuilder svg, Geometry g, double plotTop, double plotBottom)
    {
        var plotRight = g.Left + g.Width - 4;
        double Y(decimal value) => plotBottom - (g.Scale.Fraction(value) * (plotBottom - plotTop));
        foreach (var tick in g.Scale.Ticks)
        {
            Svg.Line(svg, "chart-grid", g.PlotLeft, Y(tick), plotRight, Y(tick));
            Svg.Text(svg, "chart-tick", g.PlotLeft - 6, Y(tick) + 5, "end", g.Scale.Label(tick));
        }

        var series = g.Panel.Series;
        var barWidth = Math.Min(MaxBarWidth, g.Band * 0.8 / Math.Max(1, series.Length));
        var groupWidth = barWidth * series.Length;
        var inset = series.Length > 1 ? 1.5 : 0;
        for (var c = 0; c < g.Panel.Categories.Length; c++)
        {
            var category = g.Panel.Categories[c];
            for (var s = 0; s < series.Length; s++)
            {
                var x = g.PlotLeft + ((c + 0.5) * g.Band) - (groupWidth / 2) + (s * barWidth);
                var center = x + (barWidth / 2);
                if (series[s].Values[c] is not { } value)
                {
                    Svg.Text(svg, "chart-value chart-missing", center, Y(0) - 6, "middle", "–");
                    continue;
                }

                var top = Math.Min(Y(0), Y(value));
                var height = Math.Abs(Y(0) - Y(value));
                ChartFigures.Bar(svg, s, series[s].Name, category, value, x + inset, top, barWidth - (2 * inset), height);
                Svg.Text(svg, "chart-value", center, value >= 0 ? top - 6 : top + height + 16, "middle", g.Scale.ValueLabel(value));
            }

            var lines = Svg.Wrap(category, g.Band - 4);
            Svg.Text(svg, "chart-category", g.PlotLeft + ((c + 0.5) * g.Band), plotBottom + 18, "middle", lines, LineHeight);
        }

        Svg.Line(svg, "chart-axis", g.PlotLeft, Y(0), plotRight, Y(0));
    }
}
