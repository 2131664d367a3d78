using System.Collections.Immutable;

namespace Lagesbild.Site.Model.Charts;

/// <summary>
/// The three shapes a chart takes from its table. Sources are read oldest first, so where two
/// editions give a figure for the same period the newer edition's figure (a revision) is drawn.
/// </summary>
public static class ChartShapes
{
    /// <summary>A data row with the name it is drawn under.</summary>
    public sealed record LabelledRow(string Label, DataRow Row);

    /// <summary>
    /// The rows a chart draws, named by their first cell; totals are left out unless there is
    /// nothing else, as a total bar would dwarf its parts. With several row groups the group
    /// is part of the name, since "Totalt" may appear in each.
    /// </summary>
    public static IReadOnlyList<LabelledRow> Labelled(DataTable table)
    {
        var all = TableRows.Flatten(table.Rows, null).ToList();
        var groups = all.Select(r => r.Group).Distinct().Count();
        var named = all.Select(r => new LabelledRow(Name(r.Group, r.Row, groups > 1), r.Row)).ToList();
        var parts = named.Where(r => !r.Row.IsTotal).ToList();
        return parts.Count > 0 ? parts : named;
    }

    /// <summary>Columns headed by years or periods: a panel per column group, a column per year, a colour per row.</summary>
    public static IEnumerable<ChartPanel> PeriodColumns(DataTable table, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<ChartSource> sources, bool explicitKeys)
    {
        var paths = GroupPaths(table);
        var keys = columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        // "2024 (17 ämnen)" is a year with a remark; "2022–2023" is a period.
        var title = columns.All(c => ChartDataBuilder.StartsWithYear(c.Header)) && !columns.Any(c => c.Header.Contains('–')) ? "År" : "Period";
        foreach (var group in columns.GroupBy(c => paths[c.Key]))
        {
            var figures = new Figures();
            foreach (var source in sources)
            {
                var sourcePaths = GroupPaths(source.Table);
                var sourceColumns = source.Table.Columns
                    .Select((column, index) => (Column: column, Index: index))
                    .Where(c => c.Column.IsNumeric && ChartDataBuilder.HasYear(c.Column.Header) && sourcePaths[c.Column.Key] == group.Key)
                    .Where(c => !explicitKeys || keys.Contains(c.Column.Key));
                var rows = source.Table.Columns[0].Type == ColumnType.Text ? Labelled(source.Table) : Unnamed(source.Table);
                foreach (var (column, index) in sourceColumns)
                {
                    foreach (var row in rows)
                    {
                        figures.Set(row.Label, column.Header, Value(row.Row, index));
                    }
                }
            }

            var categories = figures.Categories.OrderBy(ChartDataBuilder.FirstYear).ToList();
            yield return figures.Panel(group.Key, title, group.First().Type, categories);
        }
    }

    /// <summary>Rows named by years or periods: a panel per figure column, a column per period.</summary>
    public static IEnumerable<ChartPanel> PeriodRows(DataTable table, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<ChartSource> sources)
    {
        var paths = GroupPaths(table);
        foreach (var column in columns)
        {
            var figures = new Figures();
            foreach (var source in sources)
            {
                var index = IndexOf(source.Table, column.Key);
                if (index < 0 || source.Table.Columns[0].Type != ColumnType.Text)
                {
                    continue;
                }

                foreach (var row in Labelled(source.Table))
                {
                    figures.Set("", row.Label, Value(row.Row, index));
                }
            }

            var categories = figures.Categories.OrderBy(ChartDataBuilder.FirstYear).ToList();
            var categoryTitle = table.Columns[0].Header.Length > 0 ? table.Columns[0].Header : "Period";
            yield return figures.Panel(Join(paths[column.Key], column.Header), categoryTitle, column.Type, categories);
        }
    }

    /// <summary>Rows named by anything else: a panel per figure column, a bar per row, a colour per edition.</summary>
    public static IEnumerable<ChartPanel> Categories(DataTable table, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<ChartSource> sources)
    {
        var paths = GroupPaths(table);
        var categories = Labelled(table).Select(r => r.Label).Distinct(StringComparer.Ordinal).ToList();
        foreach (var column in columns)
        {
            var figures = new Figures();
            var withColumn = sources.Where(s => s.Table.Columns[0].Type == ColumnType.Text && IndexOf(s.Table, column.Key) >= 0).ToList();
            foreach (var source in withColumn)
            {
                var index = IndexOf(source.Table, column.Key);
                var series = withColumn.Count > 1 ? source.Edition.Title : "";
                foreach (var row in Labelled(source.Table))
                {
                    figures.Set(series, row.Label, Value(row.Row, index));
                }
            }

            var categoryTitle = table.Columns[0].Header;
            yield return figures.Panel(Join(paths[column.Key], column.Header), categoryTitle, column.Type, categories);
        }
    }

    private static int IndexOf(DataTable table, string key)
    {
        for (var i = 0; i < table.Columns.Length; i++)
        {
            if (table.Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A row's figure; rows with the wrong number of cells were reported while loading and are empty.</summary>
    private static decimal? Value(DataRow row, int index) => index < row.Cells.Length ? row.Cells[index].Number : null;

    private static IReadOnlyList<LabelledRow> Unnamed(DataTable table) =>
        [.. TableRows.Flatten(table.Rows, null).Where(r => !r.Row.IsTotal).Select(r => new LabelledRow("", r.Row))];

    private static string Name(string? group, DataRow row, bool withGroup)
    {
        var name = row.Cells.IsEmpty ? "" : row.Cells[0].Text ?? "";
        return withGroup && group is not null ? Join(group, name) : name;
    }

    /// <summary>Each leaf column's group headers, joined: "Meritvärde åk 9" for the column "2022" under it.</summary>
    private static Dictionary<string, string> GroupPaths(DataTable table)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(IEnumerable<ColumnNode> nodes, string path)
        {
            foreach (var node in nodes)
            {
                if (node is ColumnGroup group)
                {
                    Walk(group.Children, Join(path, group.Header));
                }
                else if (node is ColumnSpec column)
                {
                    paths[column.Key] = path;
                }
            }
        }

        Walk(table.ColumnTree, "");
        return paths;
    }

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + " – " + second;

    /// <summary>Figures by series and category, in order of first appearance; a later Set overwrites.</summary>
    private sealed class Figures
    {
        private readonly List<string> _series = [];
        private readonly List<string> _categories = [];
        private readonly Dictionary<(string Series, string Category), decimal?> _values = [];

        public IReadOnlyList<string> Categories => _categories;

        public void Set(string series, string category, decimal? value)
        {
            if (!_series.Contains(series))
            {
                _series.Add(series);
            }

            if (!_categories.Contains(category))
            {
                _categories.Add(category);
            }

            _values[(series, category)] = value;
        }

        public ChartPanel Panel(string valueTitle, string categoryTitle, ColumnType type, IReadOnlyList<string> categories) =>
            new(valueTitle, categoryTitle, type, [.. categories],
                [.. _series.Select(s => new ChartSeries(_series.Count > 1 ? s : "", [.. categories.Select(c => _values.GetValueOrDefault((s, c)))]))]);
    }
}
