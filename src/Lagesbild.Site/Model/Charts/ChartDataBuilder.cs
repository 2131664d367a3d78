using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Model.Charts;

/// <summary>Why a table cannot be drawn, and what to change.</summary>
public sealed record ChartProblem(Lagesbild.Site.Diagnostics.Phrase Message, Lagesbild.Site.Diagnostics.Phrase Hint);

/// <summary>
/// Turns the table a <c>::: chart id</c> directive names into <see cref="ChartData"/>. The table's
/// shape decides the chart: year or period column headers (school results 2022–2024) or year or
/// period row names (crimes per period) give columns over time; any other table with row names
/// (reports per stadsdelsnämnd) gives horizontal bars. The same table in earlier editions adds
/// its figures: more periods for a time series, one bar colour per edition otherwise.
/// </summary>
public static partial class ChartDataBuilder
{
    /// <summary>
    /// Only this edition and earlier published ones are read, never later ones: an edition's
    /// charts, like all its pages, must not change when a newer edition is published. An earlier
    /// edition counts only where it shows the table itself, so no chart publishes figures that
    /// edition kept internal.
    /// </summary>
    public static ChartData? Build(Site site, Edition edition, string tableId, IReadOnlyList<string> columnKeys, out ChartProblem? problem)
    {
        problem = null;
        if (!edition.Tables.TryGetValue(tableId, out var table))
        {
            return null;
        }

        var columns = SelectColumns(table, columnKeys, out problem);
        if (columns is null)
        {
            return null;
        }

        var sources = site.Editions
            .Where(e => e.Year <= edition.Year && (e.Year == edition.Year || e.Status == EditionStatus.Published))
            .Where(e => e.Tables.ContainsKey(tableId) && (e.Year == edition.Year || TablePlacement.IsPlaced(e, tableId)))
            .OrderBy(e => e.Year)
            .Select(e => new ChartSource(e, e.Tables[tableId]))
            .ToList();
        // A draft's table copied by new-edition repeats last year's figures: drawn as this year's,
        // two editions would show identical figures as if that were the data.
        if (table.AwaitsUpdate && sources.Count > 1)
        {
            sources.RemoveAll(s => s.Edition.Year == edition.Year);
        }

        var explicitKeys = columnKeys.Count > 0;
        var hasRowNames = table.Columns[0].Type == ColumnType.Text;
        if (columns.Count >= 2 && columns.All(c => HasYear(c.Header)))
        {
            return Chart(table, ChartOrientation.Columns, ChartShapes.PeriodColumns(table, columns, sources, explicitKeys), sources);
        }

        if (hasRowNames && ChartShapes.Labelled(table).All(r => HasYear(r.Label)))
        {
            return Chart(table, ChartOrientation.Columns, ChartShapes.PeriodRows(table, columns, sources), sources);
        }

        if (hasRowNames)
        {
            return Chart(table, ChartOrientation.Bars, ChartShapes.Categories(table, columns, sources), sources);
        }

        problem = new ChartProblem(
            new($"Det går inte att avgöra vad staplarna i diagrammet `{tableId}` står för.", $"the chart cannot tell what the bars of `{tableId}` stand for"),
            new("Ge tabellen en första textkolumn med radnamn, eller kolumner med år eller perioder som rubrik, till exempel \"2023\".",
                "give the table a first text column with row names, or columns headed by years or periods such as \"2023\""));
        return null;
    }

    /// <summary>True for a header or row name that names a year or period: "2023", "2022–2023", "okt 2022".</summary>
    public static bool HasYear(string text) => Year().IsMatch(text);

    /// <summary>True for "2023" and "2024 (17 ämnen)", false for "okt 2022".</summary>
    public static bool StartsWithYear(string text) => Year().Match(text) is { Success: true, Index: 0 };

    /// <summary>The first year a label names, for putting periods in time order.</summary>
    public static int FirstYear(string text) =>
        Year().Match(text) is { Success: true } match ? int.Parse(match.Value, CultureInfo.InvariantCulture) : int.MaxValue;

    private static List<ColumnSpec>? SelectColumns(DataTable table, IReadOnlyList<string> keys, out ChartProblem? problem)
    {
        problem = null;
        var numeric = table.Columns.Where(c => c.IsNumeric).ToList();
        if (numeric.Count == 0)
        {
            problem = new ChartProblem(
                new($"Tabellen `{table.Id}` har inga tal att rita.", $"the table `{table.Id}` has no figures to draw"),
                new("Ett diagram behöver minst en kolumn av typen integer, decimal eller percent.", "a chart needs at least one column of type integer, decimal or percent"));
            return null;
        }

        if (keys.Count == 0)
        {
            return numeric;
        }

        var selected = new List<ColumnSpec>();
        foreach (var key in keys)
        {
            var column = numeric.FirstOrDefault(c => c.Key == key);
            if (column is null)
            {
                var isText = table.Columns.Any(c => c.Key == key);
                var figureKeys = string.Join(", ", numeric.Select(c => c.Key));
                problem = new ChartProblem(
                    isText
                        ? new($"Kolumnen `{key}` innehåller text, inte tal.", $"`{key}` holds text, not figures")
                        : new($"`{key}` är ingen kolumn i tabellen `{table.Id}`.", $"`{key}` is not a column of the table `{table.Id}`"),
                    new($"Kolumner med tal: {figureKeys}.", $"columns with figures: {figureKeys}"));
                return null;
            }

            selected.Add(column);
        }

        return selected;
    }

    private static ChartData Chart(DataTable table, ChartOrientation orientation, IEnumerable<ChartPanel> panels, List<ChartSource> sources) =>
        new(table.Id, table.Caption, orientation, [.. panels], [.. sources.Select(s => s.Edition.Year)]);

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which int.Parse rejects.
    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex Year();
}

/// <summary>A table with the chart's id in one edition.</summary>
public sealed record ChartSource(Edition Edition, DataTable Table);
