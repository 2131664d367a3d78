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
            diagnostics.Error(DiagnosticCodes.Yaml.WrongType, source.At(node),
                new($"En cell i kolumnen `{column.Key}` måste vara ett enda värde, inte en lista.", $"a cell of column `{column.Key}` must be a single value"),
                new("Skriv ett enkelt värde. Sätt citattecken runt text som innehåller kommatecken eller hakparenteser.",
                    "write a plain value; quote text that contains commas or brackets"));
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

        if (PastedCell(text, column, source.At(node), diagnostics))
        {
            return Cell.Empty;
        }

        // Editors copy figures from the report as "24 763" or "227,8"; accept both spellings.
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(',', '.');
        var integer = column.Type == ColumnType.Integer;
        var match = (integer ? IntegerPattern() : DecimalPattern()).Match(compact);
        if (!match.Success)
        {
            ReportNotANumber(text, column, integer, source.At(node), diagnostics);
            return Cell.Empty;
        }

        if (match.Groups["whole"].Length > ContentLimits.MaxIntegerDigits || match.Groups["fraction"].Length > ContentLimits.MaxDecimals)
        {
            diagnostics.Error(DiagnosticCodes.Table.NumberTooLarge, source.At(node),
                new($"Talet `{text}` i kolumnen `{column.Key}` har för många siffror. Ett tal får ha högst {ContentLimits.MaxIntegerDigits} siffror före och {ContentLimits.MaxDecimals} efter decimalpunkten.",
                    $"`{text}` in column `{column.Key}` has too many digits: at most {ContentLimits.MaxIntegerDigits} before and {ContentLimits.MaxDecimals} after the decimal point"),
                new("Kontrollera talet. Kanske har två tal klistrats ihop.", "check the figure; two figures may have been pasted together"));
            return Cell.Empty;
        }

        return new Cell(null, decimal.Parse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// What Excel puts in a cell that is not a figure: a percent sign, or a dash for a missing value.
    /// Reported with its own fix; true when reported.
    /// </summary>
    private static bool PastedCell(string text, ColumnSpec column, SourceLocation location, DiagnosticBag diagnostics)
    {
        var trimmed = text.Trim();
        if (trimmed is "-" or "\u2013" or "\u2014" or "\u2212" or "--")
        {
            diagnostics.Error(DiagnosticCodes.Table.DashForMissing, location,
                new($"`{text}` i kolumnen `{column.Key}` är ett streck, inte ett tal.", $"`{text}` in column `{column.Key}` is a dash, not a number"),
                new("Skriv `~` för ett värde som saknas. Sidan visar då ett streck, och skärmläsare läser upp \"uppgift saknas\".",
                    "write `~` for a missing value; the page then shows a dash, and screen readers read out \"uppgift saknas\""));
            return true;
        }

        if (trimmed.EndsWith('%') && trimmed.Length > 1)
        {
            var number = trimmed[..^1].TrimEnd();
            var percentColumn = column.Type == ColumnType.Percent;
            diagnostics.Error(DiagnosticCodes.Table.PercentSign, location,
                new($"`{text}` i kolumnen `{column.Key}` har ett procenttecken.", $"`{text}` in column `{column.Key}` has a percent sign"),
                percentColumn
                    ? new($"Skriv bara talet, `{number}`: kolumnen har `type: percent`, så sidan sätter ut procenttecknet själv.",
                        $"write the number only, `{number}`: the column has `type: percent`, so the page adds the percent sign itself")
                    : new($"Skriv bara talet, `{number}`, och ge kolumnen `type: percent` om den visar andelar i procent.",
                        $"write the number only, `{number}`, and give the column `type: percent` if it shows shares in percent"));
            return true;
        }

        return false;
    }

    private static void ReportNotANumber(string text, ColumnSpec column, bool integer, SourceLocation location, DiagnosticBag diagnostics)
    {
        // Arabic-Indic or full-width digits look like figures but are other characters; say so.
        var foreignDigits = text.Any(c => char.IsDigit(c) && c is < '0' or > '9');
        var swedishKind = integer ? "ett heltal" : "ett tal";
        var englishKind = integer ? "a whole number" : "a number";
        var message = foreignDigits
            ? new Phrase($"`{text}` i kolumnen `{column.Key}` innehåller siffror som inte är 0–9 (till exempel från ett annat skriftsystem).",
                $"`{text}` in column `{column.Key}` contains digits other than 0-9")
            : new Phrase($"`{text}` i kolumnen `{column.Key}` är inte {swedishKind}.", $"`{text}` in column `{column.Key}` is not {englishKind}");
        var hint = integer
            ? new Phrase("Skriv bara siffrorna 0–9, till exempel 24763. Skriv `~` för en tom cell.", "write digits only, e.g. 24763; write `~` for an empty cell")
            : new Phrase("Skriv siffrorna 0–9 med decimalpunkt, till exempel 227.8. Skriv `~` för en tom cell.",
                "write digits with a decimal point, e.g. 227.8; write `~` for an empty cell");
        diagnostics.Error(DiagnosticCodes.Table.NotANumber, location, message, hint);
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which decimal.Parse rejects.
    [GeneratedRegex(@"^-?(?<whole>[0-9]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^-?(?<whole>[0-9]+)(\.(?<fraction>[0-9]+))?$")]
    private static partial Regex DecimalPattern();
}
