using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>
/// Explains a YAML syntax error in plain Swedish. YamlDotNet's messages ("did not find expected
/// '-' indicator") mean nothing to an editor, so the usual causes are recognised from the text of
/// the line the error points at and the line above it (YamlDotNet often reports the next line).
/// </summary>
public static partial class YamlSyntaxExplanation
{
    public static Phrase Hint(string text, int line)
    {
        var lines = text.Split('\n');
        foreach (var candidate in new[] { line, line - 1 })
        {
            if (candidate < 1 || candidate > lines.Length)
            {
                continue;
            }

            if (Explain(lines[candidate - 1], candidate == line ? "Raden" : "Raden ovanför") is { } hint)
            {
                return hint;
            }
        }

        return new("Kontrollera indrag, kolon och citattecken på den här raden och raden ovanför.",
            "check indentation, colons and quotes on this line and the one above");
    }

    /// <summary>The first line (1-based) indented with a tab, or null.</summary>
    public static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart(' ').StartsWith('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static Phrase? Explain(string line, string which)
    {
        var code = WithoutQuotedText(line);
        if (line.TrimStart(' ').StartsWith('\t'))
        {
            return new($"{which} börjar med en tabb. YAML kräver mellanslag för indrag: byt tabben mot mellanslag.",
                "the line is indented with a tab; YAML needs spaces for indentation");
        }

        if (line.IndexOfAny(PastedRow.TypographicQuotes.ToCharArray()) >= 0)
        {
            return new($"{which} har typografiska citattecken (” “ ’), som när text klistras in från Word. YAML läser bara raka citattecken: skriv \"…\" runt värdet.",
                "the line has typographic quotes (” “ ’), as text pasted from Word does; YAML reads only straight quotes: write \"…\" around the value");
        }

        if (code.Count(c => c == '"') % 2 == 1 || code.Count(c => c == '\'') % 2 == 1)
        {
            return new($"{which} har ett citattecken som inte avslutas. Sätt ett \" både före och efter texten.",
                "a quote is not closed; put \" both before and after the text");
        }

        if (code.Count(c => c == '[') != code.Count(c => c == ']'))
        {
            return new($"{which} har inte lika många [ som ]. Troligen saknas en avslutande ] i listan.",
                "the line has unbalanced [ and ]; a closing ] is probably missing");
        }

        if (code.Count(c => c == '{') != code.Count(c => c == '}'))
        {
            return new($"{which} har inte lika många {{ som }}. Troligen saknas en avslutande }}.",
                "the line has unbalanced { and }; a closing } is probably missing");
        }

        if (ColonInValue().IsMatch(code))
        {
            return new($"Värdet på {which.ToLowerInvariant()} innehåller ett kolon följt av mellanslag. Sätt citattecken runt hela värdet, till exempel `caption: \"Brott: antal\"`.",
                "the value contains a colon followed by a space; put the whole value in quotes");
        }

        if (DashWithoutSpace().IsMatch(code))
        {
            return new($"{which} börjar med ett - utan mellanslag efter. Skriv `- ` (streck och mellanslag) före varje punkt i en lista.",
                "the line starts with - without a space after it; write `- ` before each list item");
        }

        if (ColonWithoutSpace().IsMatch(code))
        {
            return new($"{which} saknar ett mellanslag efter kolon. Skriv `nyckel: värde` med ett mellanslag efter kolon.",
                "a space is missing after the colon; write `key: value`");
        }

        return null;
    }

    /// <summary>The line with the contents of complete quoted strings removed, so their colons and brackets do not count.</summary>
    private static string WithoutQuotedText(string line) => QuotedText().Replace(line, "\"\"");

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"^\s*(?:- )?[^\s:#][^:#]*:\s+[^""'\s\[{][^#]*:\s")]
    private static partial Regex ColonInValue();

    [GeneratedRegex(@"^\s*-[^\s-]")]
    private static partial Regex DashWithoutSpace();

    [GeneratedRegex(@"^\s*(?:- )?[a-z_]+:[^\s/]")]
    private static partial Regex ColonWithoutSpace();
}
