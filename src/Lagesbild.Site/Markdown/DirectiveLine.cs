using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The strict grammar of a line that starts with <c>:::</c>. Only the exact forms
/// <c>::: table id</c>, <c>::: chart id [column …]</c>, <c>::: internal</c>, <c>::: figure</c> and
/// the closing <c>:::</c> are directives; every other spelling is a mistake with its reason, never
/// a guess, because a misread <c>::: internal</c> would publish what it was meant to hide.
/// </summary>
public sealed partial record DirectiveLine(DirectiveKind Kind, string Id = "", ImmutableArray<string> Columns = default, DirectiveProblem? Problem = null)
{
    /// <summary>The allowed forms, for hints.</summary>
    public static readonly Phrase AllowedForms = new(
        "Skriv exakt `::: internal`, `::: figure`, `::: table id` eller `::: chart id` (tre kolon, ett mellanslag, små bokstäver) och avsluta blocket med en rad med bara `:::`.",
        "write exactly `::: internal`, `::: figure`, `::: table id` or `::: chart id` (three colons, a space, lowercase) and end the block with a line of only `:::`");

    private static readonly string[] SwedishNames = ["tabell", "diagram", "intern", "internt", "figur", "bild", "karta"];

    /// <summary>True when <paramref name="text"/> starts with <c>:::</c>, the lines this grammar owns.</summary>
    public static bool IsDirectiveLike(ReadOnlySpan<char> text) => text.StartsWith(":::", StringComparison.Ordinal);

    /// <summary>
    /// A line with one or two colons before a directive's name (<c>:: internal</c>): a typo that
    /// would otherwise publish the block's text as an ordinary paragraph.
    /// </summary>
    public static DirectiveLine? ShortColons(string line)
    {
        var match = Short().Match(line);
        return match.Success
            ? Invalid(new DirectiveProblem(
                new("Raden ser ut som ett block men börjar med för få kolon.", "the line looks like a block but starts with too few colons"),
                new("Skriv exakt tre kolon. " + AllowedForms.Swedish, "write exactly three colons; " + AllowedForms.English)))
            : null;
    }

    /// <summary>Reads a line that starts with <c>:::</c> (indentation already skipped).</summary>
    public static DirectiveLine Parse(string line)
    {
        var text = line.TrimEnd(' ', '\t', '\r', '\n');
        if (text == ":::")
        {
            return new DirectiveLine(DirectiveKind.Close, Columns: []);
        }

        if (OddCharacter(text) is { } odd)
        {
            return Invalid(odd);
        }

        var match = Exact().Match(text);
        return match.Success ? FromMatch(match) : Invalid(Diagnose(text));
    }

    private static DirectiveLine FromMatch(Match match)
    {
        var name = match.Groups["name"].Value;
        var words = match.Groups["words"].Captures.Select(c => c.Value).ToList();
        var nameOffset = match.Groups["name"].Index;
        switch (name)
        {
            case "internal" or "figure" when words.Count == 0:
                return new DirectiveLine(name == "internal" ? DirectiveKind.Internal : DirectiveKind.Figure, Columns: []);
            case "internal" or "figure":
                return Invalid(new DirectiveProblem(
                    new($"`::: {name}` ska stå ensamt på raden, utan något efter.", $"`::: {name}` takes nothing after it"),
                    new($"Ta bort `{words[0]}` från raden. Texten skrivs på raderna under.", $"remove `{words[0]}`; the text goes on the lines below"),
                    match.Groups["words"].Captures[0].Index));
            case "table" or "chart" when words.Count == 0:
                return Invalid(new DirectiveProblem(
                    new($"`::: {name}` saknar tabellens id.", $"`::: {name}` has no table id"),
                    new($"Skriv id:t efter ordet, till exempel `::: {name} anmalda-brott` för filen `data/anmalda-brott.yml`.",
                        $"write the id after it, e.g. `::: {name} anmalda-brott` for the file `data/anmalda-brott.yml`"),
                    nameOffset));
            case "table" or "chart" when !TableId().IsMatch(words[0]):
                return Invalid(new DirectiveProblem(
                    new($"`{words[0]}` är inte ett tabell-id.", $"`{words[0]}` is not a table id"),
                    new("Ett id får bara innehålla små bokstäver a–z, siffror och bindestreck, precis som filnamnet i `data/`.",
                        "an id may use only lowercase a–z, digits and hyphens, like its file name in `data/`"),
                    match.Groups["words"].Captures[0].Index));
            case "table" when words.Count > 1:
                return Invalid(new DirectiveProblem(
                    new($"`::: table {words[0]}` ska bara ha ett id, men raden har mer: `{words[1]}`.", $"`::: table {words[0]}` takes one id, but the line goes on with `{words[1]}`"),
                    new("Ta bort det som står efter id:t. Vill du rita bara vissa kolumner, använd `::: chart id kolumn`.",
                        "remove what follows the id; to draw only some columns use `::: chart id column`"),
                    match.Groups["words"].Captures[1].Index));
            case "table" or "chart":
                return new DirectiveLine(name == "table" ? DirectiveKind.Table : DirectiveKind.Chart, words[0], [.. words.Skip(1)]);
            default:
                return Invalid(UnknownName(name, nameOffset));
        }
    }

    /// <summary>
    /// A no-break space, zero-width space or other invisible character: editors cannot see it,
    /// so the hint names it by its code point.
    /// </summary>
    public static DirectiveProblem? OddCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                var what = c == '\u00A0' ? new Phrase("ett hårt mellanslag", "a no-break space") : new Phrase("ett osynligt tecken", "an invisible character");
                return new DirectiveProblem(
                    new($"Raden innehåller {what.Swedish} (U+{code}) som inte syns.", $"the line holds {what.English} (U+{code})"),
                    new("Radera raden och skriv den på nytt med vanliga mellanslag. " + AllowedForms.Swedish,
                        "delete the line and type it again with ordinary spaces; " + AllowedForms.English),
                    i);
            }
        }

        return null;
    }

    /// <summary>Whitespace other than a space or a tab, and format or control characters.</summary>
    public static bool IsInvisible(char c) =>
        c is not (' ' or '\t') && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control);

    private static DirectiveProblem Diagnose(string text)
    {
        if (text.StartsWith("::::", StringComparison.Ordinal))
        {
            return new DirectiveProblem(
                new("Raden börjar med fler än tre kolon.", "the line starts with more than three colons"),
                new("Skriv exakt tre kolon. " + AllowedForms.Swedish, "write exactly three colons; " + AllowedForms.English));
        }

        if (text.Length > 3 && text[3] is not (' ' or '\t'))
        {
            return new DirectiveProblem(
                new("Det saknas ett mellanslag efter `:::`.", "there is no space after `:::`"),
                new($"Skriv `::: {text[3..].Trim()}` med ett mellanslag efter de tre kolonen.", $"write `::: {text[3..].Trim()}` with a space after the three colons"),
                3);
        }

        var name = text[3..].TrimStart(' ', '\t');
        var end = name.IndexOfAny([' ', '\t']);
        return UnknownName(end < 0 ? name : name[..end], text.Length - name.Length);
    }

    private static DirectiveProblem UnknownName(string name, int offset)
    {
        var lower = name.ToLowerInvariant();
        if (lower is "internal" or "figure" or "table" or "chart")
        {
            return new DirectiveProblem(
                new($"`{name}` ska skrivas med små bokstäver.", $"`{name}` must be written in lowercase"),
                new($"Skriv `::: {lower}`. " + AllowedForms.Swedish, $"write `::: {lower}`; " + AllowedForms.English),
                offset);
        }

        var english = lower switch
        {
            "tabell" => "table",
            "diagram" => "chart",
            "intern" or "internt" => "internal",
            "figur" or "bild" or "karta" => "figure",
            _ => null,
        };
        return english is not null && SwedishNames.Contains(lower)
            ? new DirectiveProblem(
                new($"`{name}` är inget känt block. Blocken har engelska namn.", $"`{name}` is not a known block; block names are English"),
                new($"Skriv `::: {english}` i stället. " + AllowedForms.Swedish, $"write `::: {english}` instead; " + AllowedForms.English),
                offset)
            : new DirectiveProblem(
                new($"`::: {name}` är inget känt block.", $"`::: {name}` is not a known block"),
                AllowedForms,
                offset);
    }

    private static DirectiveLine Invalid(DirectiveProblem problem) => new(DirectiveKind.Invalid, Columns: [], Problem: problem);

    [GeneratedRegex(@"^:::[ \t]+(?<name>[a-z]+)(?:[ \t]+(?<words>[^ \t]+))*$")]
    private static partial Regex Exact();

    [GeneratedRegex(@"^:{1,2}[ \t\u00A0]*(internal|internt|intern|figure|figur|table|tabell|chart|diagram)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Short();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TableId();
}
