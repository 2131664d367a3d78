using System.Text;
using Lagesbild.Site.Model;
using Lagesbild.Site.Render;

namespace Lagesbild.Site.Search;

/// <summary>
/// A data table as searchable text: headers, then one line per row with the figures written as
/// on the page (<c>1 047</c>, <c>88,3</c>). Cells are kept apart by " · " so two neighbouring
/// figures never read as one number with a thousands space.
/// </summary>
public static class TableText
{
    private const string CellSeparator = " · ";

    /// <summary>Header and cell text, one line per header row and body row.</summary>
    public static string Cells(DataTable table)
    {
        var lines = new List<string> { string.Join(CellSeparator, Headers(table.ColumnTree).Where(h => h.Length > 0)) };
        foreach (var node in table.Rows)
        {
            AddRows(lines, table, node);
        }

        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    /// <summary>The source line and the notes under the table.</summary>
    public static string SourceAndNotes(DataTable table)
    {
        var lines = new List<string>();
        if (table.Source is { } source)
        {
            lines.Add(source);
        }

        lines.AddRange(table.Notes.Select(n => n.Text));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Headers(IEnumerable<ColumnNode> nodes) =>
        nodes.SelectMany(n => n is ColumnGroup group ? Headers(group.Children).Prepend(group.Header) : [n.Header]);

    private static void AddRows(List<string> lines, DataTable table, RowNode node)
    {
        switch (node)
        {
            case RowGroup group:
                lines.Add(group.Header);
                foreach (var child in group.Rows)
                {
                    AddRows(lines, table, child);
                }

                break;
            case DataRow row:
                var cells = new StringBuilder();
                for (var i = 0; i < row.Cells.Length && i < table.Columns.Length; i++)
                {
                    if (i > 0)
                    {
                        cells.Append(CellSeparator);
                    }

                    cells.Append(Format(row.Cells[i], table.Columns[i]));
                }

                lines.Add(cells.ToString());
                foreach (var subRow in row.SubRows)
                {
                    AddRows(lines, table, subRow);
                }

                break;
        }
    }

    private static string Format(Cell cell, ColumnSpec column) =>
        cell.Number is { } number ? SwedishFormat.Number(number, column.Type) : cell.Text ?? "–";
}
