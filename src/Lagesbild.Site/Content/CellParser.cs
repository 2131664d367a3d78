using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>Turns one YAML value into a <see cref="Cell"/> according to its column's type.</summary>
public static partial class CellParser
{
    public static Cell Parse(YamlNode node, ColumnSpec column, YamlSource source, DiagnosticBag diagnostics)
    {
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(DiagnosticCodes.Yaml.WrongType, source.At(node), $"a cell of column `{column.Key}` must be a single value",
                "write a plain value; quote text that contains commas or brackets");
            return Cell.Empty;
        }

        var text = scalar.Value ?? "";
        if (IsNull(scalar))
        {
            return Cell.Empty;
        }

        if (column.Type == ColumnType.Text)
        {
            return new Cell(text, null);
        }

        // Editors copy figures from the report as "24 763" or "227,8"; accept both spellings.
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        var pattern = column.Type == ColumnType.Integer ? IntegerPattern() : DecimalPattern();
        if (!pattern.IsMatch(compact))
        {
            var kind = column.Type == ColumnType.Integer ? "a whole number" : "a number";
            diagnostics.Error(DiagnosticCodes.Table.NotANumber, source.At(node),
                $"`{text}` in column `{column.Key}` is not {kind}",
                column.Type == ColumnType.Integer
                    ? "write digits only, e.g. 24763; write `~` for an empty cell"
                    : "write digits with a decimal point, e.g. 227.8; write `~` for an empty cell");
            return Cell.Empty;
        }

        return new Cell(null, decimal.Parse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex DecimalPattern();
}
