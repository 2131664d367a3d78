using System.Text;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Horizontal bars for named categories (e.g. stadsdelsnämnder), whose names are too long to
/// stand under columns: names on the left, each figure's value at the end of its bar, the value
/// axis with its title at the bottom. Several panels are stacked.
/// </summary>
public static class BarChartWriter
{
    private const double Gap = 32;
    private const double BarHeight = 18;
    private const double LineHeight = 17;
    private const double MaxLabelWidth = 200;
    private const double TickLabelGap = 12;

    // On a narrow drawing, names take at most this share of the width, so bars keep room.
    private const double MaxLabelShare = 0.4;

    /// <summary>Drawings narrower than this put each name above its bars instead of to their left.</summary>
    public const double NarrowBelow = 400;

    private const string FocusMark = "◆ ";

    /// <summary>Writes the panels from the top of the chart and returns the height they take.</summary>
    /// <param name="focus">The edition's own district (<c>focus_district</c>): its name is bold with a ◆ before it and its bars are outlined.</param>
    public static double Write(StringBuilder svg, IReadOnlyList<ChartPanel> panels, double width, string? focus = null)
    {
        var y = 0.0;
        for (var i = 0; i < panels.Count; i++)
        {
            y += WritePanel(svg, panels[i], y, width, focus) + (i < panels.Count - 1 ? Gap : 0);
        }

        return y;
    }

    private static double WritePanel(StringBuilder svg, ChartPanel panel, double top, double width, string? focus)
    {
        var scale = new ValueScale(panel.Series.SelectMany(s => s.Values).OfType<decimal>(), panel.Type);
        // On a narrow drawing each name stands on its own line above its bars, at full width.
        var above = width < NarrowBelow;
        var labelWidth = above ? 0 : Math.Min(Math.Min(MaxLabelWidth, width * MaxLabelShare), panel.Categories.Select(c => Svg.Width(c)).DefaultIfEmpty(0).Max()) + 10;
        var valueRoom = panel.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => Svg.Width(scale.ValueLabel(v))).DefaultIfEmpty(0).Max() + 10;
        var plotLeft = above ? 8 : labelWidth;
        var plotRight = width - valueRoom;
        var names = ChartFigures.SeriesNames(panel);
        var series = Math.Max(1, panel.Series.Length);
        var rows = panel.Categories.Select(c => Svg.Wrap(c == focus ? FocusMark + c : c, above ? width : labelWidth - 10)).ToList();
        var rowHeights = rows.Select(lines => above
            ? (lines.Count * LineHeight) + (series * BarHeight) + 12
            : Math.Max((series * BarHeight) + 10, (lines.Count * LineHeight) + 8)).ToList();

        svg.Append("<g class=\"chart-panel\">\n");
        var y = top;
        if (panel.CategoryTitle.Length > 0)
        {
            Svg.Text(svg, "chart-axis-title chart-category-title", 0, y + 15, "start", panel.CategoryTitle);
            y += 24;
        }

        ChartLegend.Write(svg, names, 0, y, width);
        y += ChartLegend.Height(names, width) + (names.Count > 0 ? 4 : 0);
        var plotTop = y;
        var plotBottom = plotTop + rowHeights.Sum();
        double X(decimal value) => plotLeft + (scale.Fraction(value) * (plotRight - plotLeft));
        var rowTops = rowHeights.Select((_, c) => plotTop + rowHeights.Take(c).Sum()).ToList();
        var barsTops = rowTops.Select((rowTop, c) => above
            ? rowTop + (rows[c].Count * LineHeight) + 6
            : rowTop + ((rowHeights[c] - (series * BarHeight)) / 2)).ToList();

        // A name above its bars stands where the grid would run: on a narrow drawing the grid and
        // the axis are drawn beside each row's bars only, so no line crosses a name.
        var lineSpans = above
            ? barsTops.Select(barsTop => (Top: barsTop - 3, Bottom: barsTop + (series * BarHeight) + 3)).ToList()
            : [(Top: plotTop, Bottom: plotBottom)];
        foreach (var tick in scale.Ticks)
        {
            foreach (var span in lineSpans)
            {
                Svg.Line(svg, "chart-grid", X(tick), span.Top, X(tick), span.Bottom);
            }
        }

        foreach (var tick in LabelledTicks(scale, X, above))
        {
            Svg.Text(svg, "chart-tick", X(tick), plotBottom + 18, TickAnchor(tick, scale, above), scale.Label(tick));
        }

        for (var c = 0; c < panel.Categories.Length; c++)
        {
            var rowTop = rowTops[c];
            var isFocus = panel.Categories[c] == focus;
            var labelClass = isFocus ? "chart-category chart-focus" : "chart-category";
            var barsTop = barsTops[c];
            if (above)
            {
                Svg.Text(svg, labelClass, 0, rowTop + 14, "start", rows[c], LineHeight);
            }
            else
            {
                Svg.Text(svg, labelClass, labelWidth - 10, rowTop + (rowHeights[c] / 2) + 5 - ((rows[c].Count - 1) * LineHeight / 2), "end", rows[c], LineHeight);
            }

            for (var s = 0; s < panel.Series.Length; s++)
            {
                var barTop = barsTop + (s * BarHeight);
                if (panel.Series[s].Values[c] is not { } value)
                {
                    Svg.Text(svg, "chart-value chart-missing", X(0) + 6, barTop + 14, "start", "–");
                    continue;
                }

                var left = Math.Min(X(0), X(value));
                var length = Math.Abs(X(value) - X(0));
                ChartFigures.Bar(svg, s, panel.Series[s].Name, panel.Categories[c], value, left, barTop + 1, length, BarHeight - 2, isFocus);
                var end = value >= 0 ? left + length + 6 : left - 6;
                Svg.Text(svg, "chart-value", end, barTop + 14, value >= 0 ? "start" : "end", scale.ValueLabel(value));
            }
        }

        foreach (var span in lineSpans)
        {
            Svg.Line(svg, "chart-axis", X(0), span.Top, X(0), span.Bottom);
        }

        var bottom = plotBottom + 24;
        if (panel.ValueTitle.Length > 0)
        {
            var lines = Svg.Wrap(panel.ValueTitle, plotRight - plotLeft);
            Svg.Text(svg, "chart-axis-title chart-value-title", (plotLeft + plotRight) / 2, bottom + 18, "middle", lines, LineHeight);
            bottom += 18 + (lines.Count * LineHeight);
        }

        svg.Append("</g>\n");
        return bottom + 4 - top;
    }

    /// <summary>
    /// The ticks whose labels fit side by side: on a narrow drawing "6 000" and "8 000" would run
    /// into each other, so a label is left out (its grid line stays) when it would come closer
    /// than <see cref="TickLabelGap"/> to the one before it.
    /// </summary>
    private static IEnumerable<decimal> LabelledTicks(ValueScale scale, Func<decimal, double> x, bool narrow)
    {
        var lastRight = double.NegativeInfinity;
        foreach (var tick in scale.Ticks)
        {
            var width = Svg.Width(scale.Label(tick));
            var left = TickAnchor(tick, scale, narrow) switch
            {
                "start" => x(tick),
                "end" => x(tick) - width,
                _ => x(tick) - (width / 2),
            };
            if (left >= lastRight + TickLabelGap)
            {
                lastRight = left + width;
                yield return tick;
            }
        }
    }

    /// <summary>The outermost tick labels are kept inside the drawing on a narrow chart.</summary>
    private static string TickAnchor(decimal tick, ValueScale scale, bool narrow) =>
        !narrow ? "middle" : tick == scale.Minimum ? "start" : tick == scale.Maximum ? "end" : "middle";
}
