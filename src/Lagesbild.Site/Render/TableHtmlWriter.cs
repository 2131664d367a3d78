using System.Globalization;
using System.Text;
using Lagesbild.Site.Model;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// Writes a data table as accessible HTML: caption, grouped headers with colspan/scope, row
/// groups, right-aligned Swedish figures, and source and notes right under the table.
/// </summary>
public static class TableHtmlWriter
{
    /// <param name="downloadsHtml">The "Ladda ner" links, written last under the table.</param>
    /// <param name="number">The table's number in its chapter ("Tabell 2"), see <see cref="FigureNumber"/>; none in specs.</param>
    public static string Write(DataTable table, string anchor, string? downloadsHtml = null, int? number = null)
    {
        var html = new StringBuilder();
        var captionId = CaptionId(anchor);
        var caption = Escape(number is { } n ? FigureNumber.Caption(FigureNumber.Table, n, table.Caption) : table.Caption);
        var stacked = StackedTableWriter.Applies(table);
        html.Append(CultureInfo.InvariantCulture, $"<figure class=\"data-table{(stacked ? " has-stacked" : "")}\" id=\"{anchor}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll{(stacked ? " table-wide" : "")}\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{captionId}\">\n");
        html.Append("<table>\n");
        html.Append(CultureInfo.InvariantCulture, $"<caption id=\"{captionId}\">{caption}</caption>\n");
        WriteColGroups(html, table);
        WriteHeader(html, table);
        WriteBody(html, table);
        html.Append("</table>\n</div>\n");
        if (stacked)
        {
            html.Append(StackedTableWriter.Write(table, captionId + "_smal", caption));
        }

        WriteSourceAndNotes(html, table, downloadsHtml);
        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>The id of the table's caption, which other elements may point at.</summary>
    public static string CaptionId(string anchor) => anchor + "_rubrik";

    private static void WriteColGroups(StringBuilder html, DataTable table)
    {
        foreach (var node in table.ColumnTree)
        {
            html.Append(node is ColumnGroup group
                ? string.Create(CultureInfo.InvariantCulture, $"<colgroup span=\"{group.LeafCount}\"></colgroup>\n")
                : "<colgroup></colgroup>\n");
        }
    }

    private static void WriteHeader(StringBuilder html, DataTable table)
    {
        var depth = table.ColumnTree.Max(n => n is ColumnGroup g ? g.Depth + 1 : 1);
        var rows = Enumerable.Range(0, depth).Select(_ => new StringBuilder()).ToArray();
        foreach (var node in table.ColumnTree)
        {
            AddHeaderCell(rows, node, 0, depth);
        }

        html.Append("<thead>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>").Append(row).Append("</tr>\n");
        }

        html.Append("</thead>\n");
    }

    private static void AddHeaderCell(StringBuilder[] rows, ColumnNode node, int level, int depth)
    {
        switch (node)
        {
            case ColumnGroup group:
                rows[level].Append(CultureInfo.InvariantCulture,
                    $"<th scope=\"colgroup\" colspan=\"{group.LeafCount}\" class=\"group\">{Escape(group.Header)}</th>");
                foreach (var child in group.Children)
                {
                    AddHeaderCell(rows, child, level + 1, depth);
                }

                break;
            case ColumnSpec column:
                var rowSpan = depth - level;
                var span = rowSpan > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{rowSpan}\"") : "";
                var css = column.IsNumeric ? " class=\"num\"" : "";
                rows[level].Append(column.Header.Length == 0 && column.Marker is null
                    ? $"<td{span}></td>"
                    : $"<th scope=\"col\"{span}{css}>{Escape(column.Header)}{Marker(column.Marker)}</th>");
                break;
        }
    }

    private static void WriteBody(StringBuilder html, DataTable table)
    {
        var open = false;
        foreach (var node in table.Rows)
        {
            if (node is RowGroup group)
            {
                if (open)
                {
                    html.Append("</tbody>\n");
                }

                html.Append("<tbody>\n");
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr class=\"row-group\"><th scope=\"rowgroup\" colspan=\"{table.Columns.Length}\">{Escape(group.Header)}</th></tr>\n");
                foreach (var row in group.Rows.OfType<DataRow>())
                {
                    WriteRow(html, table, row, 0);
                }

                html.Append("</tbody>\n");
                open = false;
                continue;
            }

            if (!open)
            {
                html.Append("<tbody>\n");
                open = true;
            }

            WriteRow(html, table, (DataRow)node, 0);
        }

        if (open)
        {
            html.Append("</tbody>\n");
        }
    }

    private static void WriteRow(StringBuilder html, DataTable table, DataRow row, int indent)
    {
        var classes = new List<string>();
        if (row.IsTotal)
        {
            classes.Add("total");
        }

        if (indent > 0)
        {
            classes.Add("sub-row");
        }

        html.Append(classes.Count == 0 ? "<tr>" : $"<tr class=\"{string.Join(' ', classes)}\">");
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var column = table.Columns[i];
            var cell = row.Cells[i];
            var marker = i == 0 ? Marker(row.Marker) : "";
            if (i == 0 && column.Type == ColumnType.Text)
            {
                html.Append($"<th scope=\"row\">{Escape(cell.Text ?? "")}{marker}</th>");
            }
            else if (cell.IsEmpty)
            {
                html.Append("<td class=\"empty\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">uppgift saknas</span></td>");
            }
            else if (cell.Number is { } number)
            {
                html.Append($"<td class=\"num\">{SwedishFormat.Number(number, column.Type)}{marker}</td>");
            }
            else
            {
                html.Append($"<td>{Escape(cell.Text ?? "")}{marker}</td>");
            }
        }

        html.Append("</tr>\n");
        foreach (var subRow in row.SubRows)
        {
            WriteRow(html, table, subRow, indent + 1);
        }
    }

    private static void WriteSourceAndNotes(StringBuilder html, DataTable table, string? downloadsHtml)
    {
        if (table.Source is null && table.Notes.IsEmpty && downloadsHtml is null)
        {
            return;
        }

        html.Append("<figcaption class=\"table-meta\">\n");
        if (table.Source is { } source)
        {
            html.Append($"<p class=\"table-source\">{Escape(source)}</p>\n");
        }

        if (!table.Notes.IsEmpty)
        {
            html.Append("<ul class=\"table-notes\">\n");
            foreach (var note in table.Notes)
            {
                var marker = note.Marker is null ? "" : $"<span class=\"note-marker\">{Escape(note.Marker)}</span> ";
                html.Append($"<li>{marker}{Escape(note.Text)}</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append(downloadsHtml);
        html.Append("</figcaption>\n");
    }

    private static string Marker(string? marker) =>
        marker is null ? "" : $"<sup class=\"note-marker\">{Escape(marker)}</sup>";

    private static string Escape(string text) => Html.Escape(text);
}
