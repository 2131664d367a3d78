using Lagesbild.Site.Model;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// A linear value axis that always includes zero (bars that start elsewhere exaggerate
/// differences), with about four round steps (1, 2, 2.5 or 5 times a power of ten) and tick labels
/// in Swedish number format.
/// </summary>
public sealed class ValueScale
{
    private readonly ColumnType _type;

    public ValueScale(IEnumerable<decimal> values, ColumnType type)
    {
        _type = type;
        var list = values.ToList();
        var low = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var high = Math.Max(0, list.Count == 0 ? 0 : list.Max());
        var step = Step(high - low, type == ColumnType.Integer);
        Minimum = Math.Floor(low / step) * step;
        Maximum = Math.Ceiling(high / step) * step;
        if (Maximum == Minimum)
        {
            Maximum = Minimum + step;
        }

        var ticks = new List<decimal>();
        for (var tick = Minimum; tick <= Maximum; tick += step)
        {
            ticks.Add(tick);
        }

        Ticks = ticks;
    }

    public decimal Minimum { get; }

    public decimal Maximum { get; }

    public IReadOnlyList<decimal> Ticks { get; }

    /// <summary>Where <paramref name="value"/> falls between 0 (the minimum) and 1 (the maximum).</summary>
    public double Fraction(decimal value) => (double)((value - Minimum) / (Maximum - Minimum));

    /// <summary>A tick as readers see figures: "1 000", "2,5", "50 %".</summary>
    public string Label(decimal tick)
    {
        // Dividing by 1.000… drops trailing zeros, so 250.0 is shown as "250" and 2.50 as "2,5".
        var normalized = tick / 1.000000000000000000000000000000000m;
        return SwedishFormat.Number(normalized, _type == ColumnType.Percent ? ColumnType.Percent : ColumnType.Decimal);
    }

    /// <summary>The figure's own label, as the table shows it.</summary>
    public string ValueLabel(decimal value) => SwedishFormat.Number(value, _type);

    private static decimal Step(decimal range, bool wholeNumbers)
    {
        var rough = range <= 0 ? 1 : range / 4;
        var magnitude = 1m;
        while (magnitude * 10 <= rough)
        {
            magnitude *= 10;
        }

        while (magnitude > rough)
        {
            magnitude /= 10;
        }

        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5m ? 2.5m : fraction <= 5 ? 5 : 10;
        var step = nice * magnitude;
        if (wholeNumbers && step != decimal.Floor(step))
        {
            // Counts have no halves: 2.5 becomes 5, anything under 1 becomes 1.
            step = step > 1 ? 5 * magnitude : 1;
        }

        return step;
    }
}
