using System.Collections.Immutable;

namespace Lagesbild.Site.Model.Charts;

/// <summary>
/// What a <c>::: chart</c> directive draws, taken from a data table (and the same table in earlier
/// editions): one or more panels, each with its own scale.
/// </summary>
/// <param name="Title">The table's caption.</param>
/// <param name="Orientation">Columns over time, or bars for named categories.</param>
/// <param name="SourceYears">The editions whose tables the figures come from, oldest first.</param>
public sealed record ChartData(string TableId, string Title, ChartOrientation Orientation, ImmutableArray<ChartPanel> Panels, ImmutableArray<int> SourceYears);

/// <summary>How the figures are drawn.</summary>
public enum ChartOrientation
{
    /// <summary>Vertical columns, one group per year or period along the horizontal axis.</summary>
    Columns,

    /// <summary>Horizontal bars, one group per named category (e.g. a stadsdelsnämnd), for long labels.</summary>
    Bars,
}

/// <summary>One measure drawn on one scale: the categories along one axis and one series per bar colour.</summary>
/// <param name="ValueTitle">The measure, the value axis's label (e.g. "Anmälda brott"); may be empty.</param>
/// <param name="CategoryTitle">The category axis's label (e.g. "Period", "År").</param>
/// <param name="Type">How the figures are formatted.</param>
public sealed record ChartPanel(string ValueTitle, string CategoryTitle, ColumnType Type, ImmutableArray<string> Categories, ImmutableArray<ChartSeries> Series)
{
    /// <summary>How many bars the panel draws: one per figure that is not empty.</summary>
    public int FigureCount => Series.Sum(s => s.Values.Count(v => v is not null));
}

/// <summary>One bar colour: a name for the legend (empty when there is only one) and a value per category.</summary>
public sealed record ChartSeries(string Name, ImmutableArray<decimal?> Values);
