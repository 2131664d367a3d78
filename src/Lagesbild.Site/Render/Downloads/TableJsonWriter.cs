using System.Text.Json;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Render.Downloads;

/// <summary>
/// Writes a data table as JSON for people who work with the figures in code: the caption, source
/// and notes, the columns with their groups and types, and one object per row whose cells are
/// keyed by column key. Figures are JSON numbers with the decimals they were written with
/// (percent figures as written, 89.9 for 89,9 %); empty cells are null.
/// </summary>
public static class TableJsonWriter
{
    public static byte[] Write(DataTable table, int year)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, EditionsJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteNumber("edition", year);
            json.WriteString("caption", table.Caption);
            json.WriteString("source", table.Source);
            json.WriteStartArray("notes");
            foreach (var note in table.Notes)
            {
                json.WriteStartObject();
                json.WriteString("marker", note.Marker);
                json.WriteString("text", note.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            WriteColumns(json, table.ColumnTree, []);
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var (group, row, level) in TableRows.WithLevel(table.Rows, null))
            {
                WriteRow(json, table, group, row, level);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteColumns(Utf8JsonWriter json, IEnumerable<ColumnNode> nodes, IReadOnlyList<string> groups)
    {
        foreach (var node in nodes)
        {
            if (node is ColumnGroup group)
            {
                WriteColumns(json, group.Children, [.. groups, group.Header]);
                continue;
            }

            var column = (ColumnSpec)node;
            json.WriteStartObject();
            json.WriteString("key", column.Key);
            json.WriteString("header", column.Header);
            json.WriteStartArray("groups");
            foreach (var header in groups)
            {
                json.WriteStringValue(header);
            }

            json.WriteEndArray();
            json.WriteString("type", column.Type.ToString().ToLowerInvariant());
            json.WriteString("marker", column.Marker);
            json.WriteEndObject();
        }
    }

    private static void WriteRow(Utf8JsonWriter json, DataTable table, string? group, DataRow row, int level)
    {
        json.WriteStartObject();
        json.WriteString("group", group);
        json.WriteNumber("level", level);
        json.WriteBoolean("total", row.IsTotal);
        json.WriteString("marker", row.Marker);
        json.WriteStartObject("cells");
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var key = table.Columns[i].Key;
            switch (row.Cells[i])
            {
                case { Number: { } number }:
                    json.WriteNumber(key, number);
                    break;
                case { Text: { } text }:
                    json.WriteString(key, text);
                    break;
                default:
                    json.WriteNull(key);
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
