using System.Globalization;
using System.Text;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Render.Downloads;

/// <summary>
/// Writes a data table as CSV the way Swedish Excel opens it with a double-click: UTF-8 with a
/// byte order mark (without it Excel reads å, ä, ö as Windows-1252), <c>;</c> between fields (the
/// list separator of Swedish Windows, since the comma is the decimal sign), a decimal comma and
/// no thousands separator (Excel would read <c>24 763</c> as text), and CRLF line endings (RFC 4180).
/// One header row, then one line per data row: row groups become a first column "Grupp" and
/// sub-rows follow their parent row, so the file sorts and filters as a plain list. Every column
/// has a name (an empty first header becomes "Kategori"). The table's source, as the JSON carries
/// it, follows after one empty row as a last row of one cell, <c>Källa: …</c>: a spreadsheet shows
/// it under the figures, where a reader of the page sees it, and a filter on the data stops at the
/// empty row.
/// </summary>
public static class TableCsvWriter
{
    private const string Separator = ";";
    private const string LineEnd = "\r\n";
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(DataTable table)
    {
        var hasGroups = table.Rows.Any(r => r is RowGroup);
        var csv = new StringBuilder();
        var headers = ColumnHeaders(table.ColumnTree, []).Select((header, i) => header.Length > 0 ? header : i == 0 ? "Kategori" : Text(table.Columns[i].Key)).ToList();
        WriteLine(csv, hasGroups ? ["Grupp", .. headers] : headers);
        foreach (var (group, row) in TableRows.Flatten(table.Rows, null))
        {
            var fields = row.Cells.Select((cell, i) => Field(cell, table.Columns[i]));
            WriteLine(csv, hasGroups ? [Text(group ?? ""), .. fields] : [.. fields]);
        }

        if (!string.IsNullOrWhiteSpace(table.Source))
        {
            var source = table.Source.Trim();
            csv.Append(LineEnd);
            WriteLine(csv, [Text(source.StartsWith("Källa", StringComparison.OrdinalIgnoreCase) ? source : $"Källa: {source}")]);
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv.ToString())];
    }

    /// <summary>A leaf column's header with the groups above it: "Meritvärde åk 9 – 2022"; percent columns say so.</summary>
    private static IEnumerable<string> ColumnHeaders(IEnumerable<ColumnNode> nodes, IReadOnlyList<string> groups)
    {
        foreach (var node in nodes)
        {
            if (node is ColumnGroup group)
            {
                foreach (var header in ColumnHeaders(group.Children, [.. groups, group.Header]))
                {
                    yield return header;
                }
            }
            else if (node is ColumnSpec column)
            {
                var parts = groups.Append(column.Header).Where(p => p.Length > 0);
                var header = string.Join(" – ", parts);
                yield return Text(column.Type == ColumnType.Percent ? $"{header} (%)".TrimStart() : header);
            }
        }
    }

    private static string Field(Cell cell, ColumnSpec column) =>
        cell.Number is { } number ? Number(number, column.Type) : Text(cell.Text ?? "");

    /// <summary>
    /// A figure as Excel reads it: <c>227,8</c>, <c>-5</c>. It keeps the decimals it was written
    /// with, as on the page; percent figures are written as on the page without the sign.
    /// </summary>
    private static string Number(decimal value, ColumnType type)
    {
        var text = type == ColumnType.Integer
            ? decimal.Round(value).ToString("0", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
        return text.Replace('.', ',');
    }

    /// <summary>
    /// Defuses text a spreadsheet would run as a formula (OWASP "CSV injection"; content comes from
    /// editors, not from us) and quotes it. A spreadsheet may split on any list separator (`;` in
    /// Swedish, `,` in English, tab when pasted), so every piece between separators is defused where
    /// it starts with <c>= + - @</c>, a tab or a carriage return, also after spaces, and any cell
    /// holding a separator, a quote or a line break is quoted.
    /// </summary>
    private static string Text(string text)
    {
        var defused = new StringBuilder(text.Length + 2);
        var pieceStart = true;
        foreach (var c in text)
        {
            if (pieceStart && c is ' ' or '\u00A0')
            {
                defused.Append(c);
                continue;
            }

            if (pieceStart && c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20')
            {
                defused.Append('\'');
            }

            defused.Append(c);
            pieceStart = c is ',' or ';' or '\t' or '\n' or '\r';
        }

        var result = defused.ToString();
        return result.AsSpan().IndexOfAny(";,\t\"\r\n") >= 0 ? "\"" + result.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : result;
    }

    private static void WriteLine(StringBuilder csv, IReadOnlyList<string> fields) =>
        csv.Append(string.Join(Separator, fields)).Append(LineEnd);
}
