using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>Reads a data table <c>data/&lt;id&gt;.yml</c>: caption, source, notes, the column tree and the rows.</summary>
public static partial class DataTableFileReader
{
    private static readonly Phrase ColumnsHint = new(
        "Varje kolumn behöver `key`, `header` och `type` (text, integer, decimal eller percent), eller `group` och `columns`.",
        "each column needs `key`, `header` and `type` (text, integer, decimal or percent), or `group` and `columns`");

    public static DataTable? Read(string id, string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : ReadText(id, displayPath, text, diagnostics);
    }

    /// <summary>Reads a table's text; <paramref name="displayPath"/> names it in findings (spec tests need no file).</summary>
    public static DataTable? ReadText(string id, string displayPath, string text, DiagnosticBag diagnostics)
    {
        if (!TableId().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCodes.Table.BadId, SourceLocation.File(displayPath),
                new($"`{id}` går inte att använda som namn på en tabell.", $"`{id}` is not a valid table id"),
                new("Döp filen med små bokstäver a–z, siffror och bindestreck, till exempel `anmalda-brott.yml`.",
                    "name the file with lowercase letters a-z, digits and hyphens, e.g. `anmalda-brott.yml`"));
            return null;
        }

        var yaml = YamlFile.Parse(displayPath, text, new("En tabell", "a data table"), diagnostics);
        if (yaml is null)
        {
            return null;
        }

        var source = yaml.Source;

        yaml.RejectUnknownKeys("caption", "source", "notes", "columns", "rows", TableCopyReader.CopiedFromKey, TableCopyReader.UnchangedKey);
        var caption = yaml.RequiredString("caption", new("Ge tabellen en rubrik, till exempel `caption: Anmälda brott 2023`.",
            "give the table a caption, e.g. `caption: Anmälda brott 2023`"));
        var notes = ReadNotes(yaml, diagnostics, out var noteMarkers);
        var markers = new List<MarkerUse>();
        var columnNodes = yaml.Sequence("columns", required: true, ColumnsHint);
        var typeNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var columnsRead = new ColumnsRead(typeNodes);
        var columnTree = columnNodes is null ? [] : ReadColumns(columnNodes, source, diagnostics, markers, columnsRead);
        var leaves = Leaves(columnTree);
        CheckUniqueKeys(leaves, source, diagnostics);
        var rowNodes = yaml.Sequence("rows", required: true, new("Skriv raderna under `rows:`, en rad `- [värde, värde, …]` per tabellrad.",
            "list the rows, one `- [value, value, …]` line per row"));
        var context = new RowContext(source, diagnostics, leaves, markers);
        // A column that could not be read is one error; counting every row against the columns left would add one per row.
        var rows = rowNodes is null || leaves.Count == 0 || columnsRead.Incomplete ? [] : ReadRows(rowNodes, context, allowGroups: true);
        TableMarkers.Check(noteMarkers, markers, diagnostics);
        (columnTree, rows) = YearColumns.AsText(columnTree, rows, typeNodes, source, diagnostics);

        if (caption is null || columnTree.IsEmpty)
        {
            return null;
        }

        return new DataTable(id, caption, yaml.OptionalString("source"), notes, columnTree, rows, source.At(yaml.Node))
        {
            Copy = TableCopyReader.Read(yaml, diagnostics),
        };
    }

    private static ImmutableArray<TableNote> ReadNotes(YamlMappingReader yaml, DiagnosticBag diagnostics, out List<MarkerUse> markers)
    {
        markers = [];
        var sequence = yaml.Sequence("notes", required: false, new("Skriv fotnoterna som `- marker: \"*\"` och `text: …`, eller som enkla rader `- text`.",
            "list notes as `- marker: \"*\"` / `text: …` or as plain `- text` lines"));
        if (sequence is null)
        {
            return [];
        }

        var notes = ImmutableArray.CreateBuilder<TableNote>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar)
            {
                notes.Add(new TableNote(null, scalar.Value ?? ""));
                continue;
            }

            var note = YamlMappingReader.From(item, yaml.Source, diagnostics, new("En fotnot", "a note"));
            if (note is null)
            {
                continue;
            }

            note.RejectUnknownKeys("marker", "text");
            var text = note.RequiredString("text", new("Skriv fotnotens text efter `text:`.", "write the note's text after `text:`"));
            var marker = note.OptionalString("marker");
            if (marker is not null)
            {
                markers.Add(new MarkerUse(marker, yaml.Source.At(note.Get("marker")!)));
            }

            if (text is not null)
            {
                notes.Add(new TableNote(marker, text));
            }
        }

        return notes.ToImmutable();
    }

    /// <summary>What reading the columns left behind: where each column's type is written, and whether a column was dropped.</summary>
    private sealed class ColumnsRead(Dictionary<string, YamlNode> typeNodes)
    {
        public Dictionary<string, YamlNode> TypeNodes { get; } = typeNodes;

        public bool Incomplete { get; set; }
    }

    private static ImmutableArray<ColumnNode> ReadColumns(YamlSequenceNode sequence, YamlSource source, DiagnosticBag diagnostics, List<MarkerUse> markers, ColumnsRead read)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnNode>();
        foreach (var item in sequence.Children)
        {
            var column = YamlMappingReader.From(item, source, diagnostics, new("En kolumn", "a column"));
            if (column is null)
            {
                read.Incomplete = true;
                continue;
            }

            if (column.Has("group"))
            {
                column.RejectUnknownKeys("group", "columns");
                var header = column.OptionalString("group") ?? "";
                var children = column.Sequence("columns", required: true, ColumnsHint);
                var childColumns = children is null ? [] : ReadColumns(children, source, diagnostics, markers, read);
                if (!childColumns.IsEmpty)
                {
                    columns.Add(new ColumnGroup(header, childColumns));
                }
                else if (children is { Children.Count: 0 })
                {
                    // A group without columns would vanish from the header without a word.
                    diagnostics.Error(DiagnosticCodes.Table.EmptyColumnGroup, source.At(item),
                        new($"Kolumngruppen `{header}` har inga kolumner.", $"the column group `{header}` has no columns"),
                        new("Lägg till kolumnerna under `columns:`, eller ta bort gruppen.", "add its columns under `columns:`, or remove the group"));
                }

                continue;
            }

            column.RejectUnknownKeys("key", "header", "type", "marker");
            var key = column.RequiredString("key", new("Ge kolumnen en kort nyckel, till exempel `key: antal_2023`.", "give the column a short key, e.g. `key: antal_2023`"));
            var headerText = column.OptionalString("header");
            if (headerText is null)
            {
                diagnostics.Error(DiagnosticCodes.Yaml.MissingKey, source.At(item),
                    new("Nyckeln `header` saknas.", "missing required key `header`"),
                    new("Skriv kolumnens rubrik efter `header:` (skriv `header: \"\"` för en tom rubrik).",
                        "write the column heading after `header:` (use `header: \"\"` for an empty heading)"));
            }

            if (column.OptionalString("marker") is { } marker)
            {
                markers.Add(new MarkerUse(marker, source.At(column.Get("marker")!)));
            }

            var type = ReadType(column, diagnostics);
            if (key is not null && headerText is not null && type is not null)
            {
                columns.Add(new ColumnSpec(key, headerText, type.Value, column.OptionalString("marker")));
                read.TypeNodes[key] = column.Get("type")!;
            }
            else
            {
                read.Incomplete = true;
            }
        }

        return columns.ToImmutable();
    }

    private static ColumnType? ReadType(YamlMappingReader column, DiagnosticBag diagnostics)
    {
        var text = column.RequiredString("type", TypesHint);
        // The Swedish words are accepted too: editors write what the guide calls the types.
        ColumnType? type = text?.Trim().ToLowerInvariant() switch
        {
            "text" => ColumnType.Text,
            "integer" or "heltal" => ColumnType.Integer,
            "decimal" or "decimaltal" => ColumnType.Decimal,
            "percent" or "procent" => ColumnType.Percent,
            _ => null,
        };
        if (text is not null && type is null)
        {
            diagnostics.Error(DiagnosticCodes.Table.UnknownType, column.Source.At(column.Get("type")!),
                new($"Kolumntypen `{text}` finns inte. Kolumntyperna är text, integer (heltal), decimal (decimaltal) och percent (procent).",
                    $"unknown column type `{text}`; the column types are text, integer, decimal and percent"),
                TypesHint);
        }

        return type;
    }

    private static readonly Phrase TypesHint = new(
        "Skriv `type: text` för ord och årtal, `integer` (eller `heltal`) för antal, `decimal` (eller `decimaltal`) för tal med decimaler och `percent` (eller `procent`) för andelar i procent.",
        "write `type: text` for words and years, `integer` for counts, `decimal` for numbers with decimals and `percent` for shares in percent");

    private static List<ColumnSpec> Leaves(IEnumerable<ColumnNode> nodes) =>
        [.. nodes.SelectMany(n => n is ColumnGroup g ? Leaves(g.Children) : [(ColumnSpec)n])];

    private static void CheckUniqueKeys(List<ColumnSpec> leaves, YamlSource source, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in leaves.GroupBy(c => c.Key).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.Table.DuplicateColumnKey, SourceLocation.File(source.DisplayPath),
                new($"Kolumnnyckeln `{duplicate.Key}` används {duplicate.Count()} gånger.", $"column key `{duplicate.Key}` is used {duplicate.Count()} times"),
                new("Ge varje kolumn en egen nyckel.", "give every column its own key"));
        }
    }

    private sealed record RowContext(YamlSource Source, DiagnosticBag Diagnostics, List<ColumnSpec> Columns, List<MarkerUse> Markers);

    private static ImmutableArray<RowNode> ReadRows(YamlSequenceNode sequence, RowContext context, bool allowGroups)
    {
        var rows = ImmutableArray.CreateBuilder<RowNode>();
        var headers = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            var row = ReadRow(item, context, allowGroups);
            if (row is not null)
            {
                rows.Add(row);
                CheckDuplicateRow(row, item, headers, context);
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>
    /// The same row header twice in one group is usually a row pasted twice: the chart would draw the period twice.
    /// A warning, since a table may mean it (two rows of the same name with different notes).
    /// </summary>
    private static void CheckDuplicateRow(RowNode row, YamlNode item, Dictionary<string, YamlNode> headers, RowContext context)
    {
        if (row is not DataRow { IsTotal: false, Cells: [var first, ..] } || first.IsEmpty)
        {
            return;
        }

        var header = first.Text ?? first.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!headers.TryAdd(header, item))
        {
            var earlier = context.Source.At(headers[header]);
            context.Diagnostics.Warning(DiagnosticCodes.Table.DuplicateRow, context.Source.At(item),
                new($"Raden `{header}` finns redan på rad {earlier.Line}. Diagrammet skulle visa den två gånger.",
                    $"the row `{header}` already appears on line {earlier.Line}; the chart would show it twice"),
                new("Ta bort den ena raden, eller rätta rubriken om raderna gäller olika saker.",
                    "remove one of the rows, or correct the header if they are about different things"));
        }
    }

    private static RowNode? ReadRow(YamlNode item, RowContext context, bool allowGroups)
    {
        if (item is YamlSequenceNode cells)
        {
            return new DataRow(ReadCells(cells, context), false, null, []);
        }

        if (PastedRow.ReportTabs(item, context.Source, context.Diagnostics))
        {
            return null;
        }

        var mapping = YamlMappingReader.From(item, context.Source, context.Diagnostics, new("En rad", "a row"));
        if (mapping is null)
        {
            return null;
        }

        if (mapping.Has("group") && allowGroups)
        {
            mapping.RejectUnknownKeys("group", "rows");
            var header = mapping.RequiredString("group", new("Skriv gruppens rubrik efter `group:`.", "write the group's heading after `group:`")) ?? "";
            var groupRows = mapping.Sequence("rows", required: true, new("Skriv gruppens rader under `rows:`.", "list the group's rows under `rows:`"));
            return new RowGroup(header, groupRows is null ? [] : ReadRows(groupRows, context, allowGroups: false));
        }

        mapping.RejectUnknownKeys("cells", "total", "marker", "rows");
        var cellNode = mapping.Sequence("cells", required: true, new("Skriv radens värden som `cells: [värde, värde, …]`.", "write the row's values as `cells: [value, value, …]`"));
        var subRows = mapping.Sequence("rows", required: false, new("Skriv de indragna underraderna under `rows:`.", "list the indented sub-rows under `rows:`"));
        if (mapping.OptionalString("marker") is { } marker)
        {
            context.Markers.Add(new MarkerUse(marker, context.Source.At(mapping.Get("marker")!)));
        }

        var children = subRows is null ? [] : ReadRows(subRows, context, allowGroups: false).OfType<DataRow>().ToImmutableArray();
        return new DataRow(cellNode is null ? [] : ReadCells(cellNode, context), mapping.Boolean("total"), mapping.OptionalString("marker"), children);
    }

    private static ImmutableArray<Cell> ReadCells(YamlSequenceNode sequence, RowContext context)
    {
        var columns = context.Columns;
        if (sequence.Children.Count != columns.Count)
        {
            if (PastedRow.Explain(sequence, columns.Count, context.Source, context.Diagnostics))
            {
                return [];
            }

            context.Diagnostics.Error(DiagnosticCodes.Table.WrongCellCount, context.Source.At(sequence),
                new($"Raden har {sequence.Children.Count} värden men tabellen har {columns.Count} kolumner ({string.Join(", ", columns.Select(c => c.Key))}).",
                    $"this row has {sequence.Children.Count} cells but the table has {columns.Count} columns ({string.Join(", ", columns.Select(c => c.Key))})"),
                new("Ge varje rad exakt ett värde per kolumn, i kolumnernas ordning. Skriv `~` för en tom cell.",
                    "give every row exactly one value per column, in column order; write `~` for an empty cell"));
            return [];
        }

        var cells = ImmutableArray.CreateBuilder<Cell>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            cells.Add(CellParser.Parse(sequence.Children[i], columns[i], context.Source, context.Diagnostics));
        }

        return cells.MoveToImmutable();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TableId();
}
