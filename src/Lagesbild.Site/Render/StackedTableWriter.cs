using System.Globalization;
using System.Text;
using Lagesbild.Site.Model;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// A one-row table with many columns (the school results: three measures by three years) turned
/// on its side for narrow screens: each column group becomes a row group and each column a row,
/// so it reads top to bottom instead of scrolling sideways. site.css shows it instead of the wide
/// table when the column is narrow; only one of the two is ever displayed.
/// </summary>
public static class StackedTableWriter
{
    /// <summary>A single row, no row header, no sub-rows, and more columns than a phone shows side by side.</summary>
    public static bool Applies(DataTable table) =>
        table.Rows.Length == 1
        && table.Rows[0] is DataRow { SubRows.IsEmpty: true } row
        && row.Cells.Length >= 4
        && table.Columns[0].Type != ColumnType.Text;

    public static string Write(DataTable table, string captionId, string captionHtml)
    {
        var row = (DataRow)table.Rows[0];
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll table-stacked\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{captionId}\">\n");
        html.Append("<table>\n");
        html.Append(CultureInfo.InvariantCulture, $"<caption id=\"{captionId}\">{captionHtml}</caption>\n");
        var column = 0;
        html.Append("<tbody>\n");
        foreach (var node in table.ColumnTree)
        {
            if (node is ColumnGroup group)
            {
                html.Append("</tbody>\n<tbody>\n");
                html.Append(CultureInfo.InvariantCulture, $"<tr class=\"row-group\"><th scope=\"rowgroup\" colspan=\"2\">{Html.Escape(group.Header)}</th></tr>\n");
                foreach (var (path, leaf) in Leaves(group.Children, ""))
                {
                    WriteRow(html, path + leaf.Header, leaf, row.Cells[column++]);
                }

                continue;
            }

            var spec = (ColumnSpec)node;
            WriteRow(html, spec.Header, spec, row.Cells[column++]);
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        // An empty first <tbody> (the table starts with a group) is dropped.
        return html.ToString().Replace("<tbody>\n</tbody>\n", "", StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, ColumnSpec Leaf)> Leaves(IEnumerable<ColumnNode> nodes, string path) =>
        nodes.SelectMany(n => n switch
        {
            ColumnSpec spec => [(path, spec)],
            ColumnGroup group => Leaves(group.Children, path + group.Header + ", "),
            _ => [],
        });

    private static void WriteRow(StringBuilder html, string header, ColumnSpec column, Cell cell)
    {
        var marker = column.Marker is null ? "" : $"<sup class=\"note-marker\">{Html.Escape(column.Marker)}</sup>";
        html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{Html.Escape(header)}{marker}</th>");
        html.Append(cell.IsEmpty
            ? "<td class=\"empty\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">uppgift saknas</span></td>"
            : cell.Number is { } number
                ? $"<td class=\"num\">{SwedishFormat.Number(number, column.Type)}</td>"
                : $"<td>{Html.Escape(cell.Text ?? "")}</td>");
        html.Append("</tr>\n");
    }
}
