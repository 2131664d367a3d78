using Lagesbild.Site.Model;
using Lagesbild.Site.Render;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Search;

/// <summary>
/// A data table as searchable text, row by row as a reader would say it, so a hit's snippet reads
/// as rows, not as a run of cells: "2022–2023: 136;" for a row with one figure, "Fruängen – Antal:
/// 1 047, Andel: 12,5 %;" for several, and "Meritvärde åk 6, 2022: 227,8;" for a table without row
/// headers. Figures are written as on the page (<c>1 047</c>, <c>88,3</c>); a colon always stands
/// before a figure, so a header ending in digits ("Index 2024-25") and the figure never read as one
/// number with a thousands space.
/// </summary>
public static class TableText
{
    /// <summary>One line per row group and body row, each row ending with ";".</summary>
    public static string Cells(DataTable table)
    {
        var headers = ColumnHeaders(table.ColumnTree, "").ToList();
        var lines = new List<string>();
        foreach (var node in table.Rows)
        {
            AddRows(lines, table, headers, node);
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

    /// <summary>Each leaf column's header with its groups before it: "Meritvärde åk 6, 2022".</summary>
    private static IEnumerable<string> ColumnHeaders(IEnumerable<ColumnNode> nodes, string path) =>
        nodes.SelectMany(n => n is ColumnGroup group
            ? ColumnHeaders(group.Children, Join(path, group.Header))
            : [Join(path, n.Header)]);

    private static string Join(string path, string header) =>
        path.Length == 0 ? header : header.Length == 0 ? path : path + ", " + header;

    private static void AddRows(List<string> lines, DataTable table, IReadOnlyList<string> headers, RowNode node)
    {
        switch (node)
        {
            case RowGroup group:
                lines.Add(group.Header);
                foreach (var child in group.Rows)
                {
                    AddRows(lines, table, headers, child);
                }

                break;
            case DataRow row:
                lines.Add(RowText(table, headers, row));
                foreach (var subRow in row.SubRows)
                {
                    AddRows(lines, table, headers, subRow);
                }

                break;
        }
    }

    private static string RowText(DataTable table, IReadOnlyList<string> headers, DataRow row)
    {
        var count = Math.Min(row.Cells.Length, table.Columns.Length);
        var hasRowHeader = table.Columns[0].Type == ColumnType.Text && count > 0;
        var first = hasRowHeader ? 1 : 0;
        var figures = Enumerable.Range(first, count - first)
            .Select(i => (Header: headers[i], Value: Format(row.Cells[i], table.Columns[i])))
            .ToList();
        if (!hasRowHeader)
        {
            return string.Join("; ", figures.Select(f => f.Header.Length == 0 ? f.Value : $"{f.Header}: {f.Value}")) + ";";
        }

        var name = Format(row.Cells[0], table.Columns[0]);
        return figures.Count switch
        {
            0 => name + ";",
            1 => $"{name}: {figures[0].Value};",
            _ => $"{name} – {string.Join(", ", figures.Select(f => f.Header.Length == 0 ? f.Value : $"{f.Header}: {f.Value}"))};",
        };
    }

    private static string Format(Cell cell, ColumnSpec column) =>
        cell.Number is { } number ? SwedishFormat.Number(number, column.Type) : cell.Text ?? "–";
}
