using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// Recognises rows pasted from Excel or Word, whose cell count is off for a reason the editor can fix:
/// cells separated by tabs, a decimal comma inside <c>[…]</c>, or typographic quotes that YAML does not
/// read as quotes. One message names the cause, instead of "17 värden men 9 kolumner".
/// </summary>
public static partial class PastedRow
{
    /// <summary>The typographic quotes Word and Outlook put in place of <c>"</c> and <c>'</c>.</summary>
    public const string TypographicQuotes = "\u201D\u201C\u2019\u2018\u201E\u00BB\u00AB";

    /// <summary>A row written as one line of text with tabs between the values; reported, true.</summary>
    public static bool ReportTabs(YamlNode item, YamlSource source, DiagnosticBag diagnostics)
    {
        if (item is not YamlScalarNode { Value: { } text } || !text.Contains('\t'))
        {
            return false;
        }

        ReportTabs(text, source.At(item), diagnostics);
        return true;
    }

    /// <summary>
    /// Explains why a <c>[…]</c> row has the wrong number of values when the cause is a paste; reports it and
    /// returns true, else false (the caller reports the plain count).
    /// </summary>
    public static bool Explain(YamlSequenceNode row, int columnCount, YamlSource source, DiagnosticBag diagnostics)
    {
        var scalars = row.Children.OfType<YamlScalarNode>().ToList();
        if (scalars.FirstOrDefault(s => s.Value?.Contains('\t') == true) is { } tabbed)
        {
            ReportTabs(string.Join("\t", scalars.Select(s => s.Value)), source.At(tabbed), diagnostics);
            return true;
        }

        // A value quoted at both ends is reported when the file is loaded; here the quotes split a value in two.
        if (scalars.FirstOrDefault(s => s.Style == ScalarStyle.Plain && s.Value is { Length: > 0 } v && !LooksQuotedTypographically(s)
                && (TypographicQuotes.Contains(v[0]) || TypographicQuotes.Contains(v[^1]))) is { } quoted)
        {
            ReportQuotes(quoted.Value!, source.At(quoted), diagnostics);
            return true;
        }

        var splits = DecimalCommaSplits(row);
        if (splits.Count > 0 && row.Children.Count - splits.Count == columnCount)
        {
            foreach (var (whole, fraction) in splits)
            {
                var written = $"{whole.Value},{fraction.Value}";
                diagnostics.Error(DiagnosticCodes.Table.DecimalComma, source.At(whole),
                    new($"`{written}` ser ut som ett tal med decimalkomma. Inom hakparenteser [ ] skiljer kommatecken värdena åt, så raden fick ett värde för mycket.",
                        $"`{written}` looks like a number with a decimal comma; inside [ ] a comma separates values, so the row got one value too many"),
                    new($"Skriv decimalpunkt, `{whole.Value}.{fraction.Value}`, eller sätt citattecken runt talet, `\"{written}\"`.",
                        $"write a decimal point, `{whole.Value}.{fraction.Value}`, or put the number in quotes, `\"{written}\"`"));
            }

            return true;
        }

        return false;
    }

    /// <summary>A plain value that starts and ends with typographic quotes: the editor meant them as YAML quotes.</summary>
    public static bool LooksQuotedTypographically(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is { Length: >= 2 } v
        && TypographicQuotes.Contains(v[0]) && TypographicQuotes.Contains(v[^1]);

    public static void ReportQuotes(string text, SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Yaml.TypographicQuotes, location,
            new($"`{text}` har typografiska citattecken (” “ ’), som när text klistras in från Word. YAML läser dem inte som citattecken utan som en del av texten.",
                $"`{text}` has typographic quotes (” “ ’), as text pasted from Word does; YAML does not read them as quotes but as part of the text"),
            new("Använd raka citattecken \" runt värdet. Ska de typografiska citattecknen synas på sidan, sätt hela värdet inom raka citattecken: \"”Trygg i Stockholm”\".",
                "use straight quotes \" around the value; to show typographic quotes on the page, put the whole value in straight quotes: \"”Trygg i Stockholm”\""));

    private static void ReportTabs(string text, SourceLocation location, DiagnosticBag diagnostics)
    {
        var values = text.Split('\t').Select(v => v.Trim()).Where(v => v.Length > 0).Select(v => v.Replace(',', '.'));
        var suggestion = $"- [{string.Join(", ", values)}]";
        diagnostics.Error(DiagnosticCodes.Yaml.TabSeparatedCells, location,
            new("Värdena på raden är åtskilda med tabbar, som när en rad klistras in från Excel. Tabbar skiljer inte värden åt i YAML.",
                "the values on the row are separated by tabs, as a row pasted from Excel is; tabs do not separate values in YAML"),
            new($"Skriv raden inom hakparenteser med kommatecken mellan värdena och decimalpunkt i talen: `{suggestion}`.",
                $"write the row in brackets with commas between the values and a decimal point in numbers: `{suggestion}`"));
    }

    /// <summary>Pairs of plain digit values written as <c>246,5</c>: the comma right after the first and no space before the second.</summary>
    private static List<(YamlScalarNode Whole, YamlScalarNode Fraction)> DecimalCommaSplits(YamlSequenceNode row)
    {
        var splits = new List<(YamlScalarNode, YamlScalarNode)>();
        for (var i = 0; i + 1 < row.Children.Count; i++)
        {
            if (row.Children[i] is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } whole } first
                && row.Children[i + 1] is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } fraction } second
                && Digits().IsMatch(whole) && Digits().IsMatch(fraction)
                && second.Start.Line == first.End.Line && second.Start.Index == first.End.Index + 1)
            {
                splits.Add((first, second));
                i++;
            }
        }

        return splits;
    }

    [GeneratedRegex(@"^-?[0-9][0-9 \u00A0\u202F]*$")]
    private static partial Regex Digits();
}
