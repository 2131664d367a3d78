using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// A column of years typed <c>integer</c> would show 2023 as "2 023" (numbers are grouped by thousands).
/// A column that says it holds years (its header or key, or it is the row header) and holds only years is
/// read as text instead, so the year shows as written, and a warning names the fix in the file.
/// </summary>
public static partial class YearColumns
{
    public static (ImmutableArray<ColumnNode> Columns, ImmutableArray<RowNode> Rows) AsText(
        ImmutableArray<ColumnNode> columns, ImmutableArray<RowNode> rows, IReadOnlyDictionary<string, YamlNode> typeNodes,
        YamlSource source, DiagnosticBag diagnostics)
    {
        var leaves = Leaves(columns).ToList();
        var years = new HashSet<int>();
        for (var i = 0; i < leaves.Count; i++)
        {
            var column = leaves[i];
            var values = DataRows(rows).Select(r => r.Cells.Length == leaves.Count ? r.Cells[i] : Cell.Empty).Where(c => !c.IsEmpty).ToList();
            if (column.Type == ColumnType.Integer && values.Count > 0 && values.All(IsYear) && (i == 0 || NamesYears(column)))
            {
                years.Add(i);
                if (typeNodes.TryGetValue(column.Key, out var typeNode))
                {
                    diagnostics.Warning(DiagnosticCodes.Table.YearAsInteger, source.At(typeNode),
                        new($"Kolumnen `{column.Key}` innehåller årtal men har `type: integer`. Årtalen visas som de är skrivna (2023, inte 2 023).",
                            $"the column `{column.Key}` holds years but has `type: integer`; the years are shown as written (2023, not 2 023)"),
                        new("Skriv `type: text` för årtal, så försvinner varningen.", "write `type: text` for years to remove this warning"));
                }
            }
        }

        if (years.Count == 0)
        {
            return (columns, rows);
        }

        var index = 0;
        return (Retype(columns, years, ref index), [.. rows.Select(r => Rewrite(r, years))]);
    }

    private static bool IsYear(Cell cell) => cell.Number is >= 1800 and <= 2199 && decimal.Truncate(cell.Number.Value) == cell.Number.Value;

    private static bool NamesYears(ColumnSpec column) => YearWord().IsMatch(column.Header) || YearWord().IsMatch(column.Key);

    private static ImmutableArray<ColumnNode> Retype(ImmutableArray<ColumnNode> nodes, HashSet<int> years, ref int index)
    {
        var result = ImmutableArray.CreateBuilder<ColumnNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node is ColumnGroup group)
            {
                result.Add(group with { Children = Retype(group.Children, years, ref index) });
                continue;
            }

            var spec = (ColumnSpec)node;
            result.Add(years.Contains(index++) ? spec with { Type = ColumnType.Text } : spec);
        }

        return result.MoveToImmutable();
    }

    private static RowNode Rewrite(RowNode row, HashSet<int> years) => row switch
    {
        RowGroup group => group with { Rows = [.. group.Rows.Select(r => Rewrite(r, years))] },
        DataRow data => Rewrite(data, years),
        _ => row,
    };

    private static DataRow Rewrite(DataRow row, HashSet<int> years) => row with
    {
        Cells = [.. row.Cells.Select((cell, i) => years.Contains(i) && cell.Number is { } n ? new Cell(n.ToString(CultureInfo.InvariantCulture), null) : cell)],
        SubRows = [.. row.SubRows.Select(r => Rewrite(r, years))],
    };

    private static IEnumerable<ColumnSpec> Leaves(IEnumerable<ColumnNode> nodes) =>
        nodes.SelectMany(n => n is ColumnGroup g ? Leaves(g.Children) : [(ColumnSpec)n]);

    private static IEnumerable<DataRow> DataRows(IEnumerable<RowNode> rows) =>
        rows.SelectMany(r => r switch
        {
            RowGroup g => DataRows(g.Rows),
            DataRow d => [d, .. d.SubRows],
            _ => [],
        });

    [GeneratedRegex(@"(?i)(^|[^a-zåäö])(år|årtal|ar|artal|year|years)($|[^a-zåäö])")]
    private static partial Regex YearWord();
}
