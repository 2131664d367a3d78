using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// The strict grammar of a line that starts with <c>:::</c>. Only a registered keyword written
/// exactly (<c>::: keyword</c> and the arguments its <see cref="DirectiveArguments"/> accept) and
/// the closing <c>:::</c> are directives; every other spelling is a mistake with its reason, never
/// a guess, because a misread <c>::: internal</c> would publish what it was meant to hide.
/// </summary>
public sealed partial record DirectiveLine(Directive? Directive, ImmutableArray<string> Words, DirectiveProblem? Problem = null)
{
    /// <summary>The allowed forms, for hints, in the order of <see cref="DirectiveRegistry.All"/>.</summary>
    public static readonly Phrase AllowedForms = new(
        $"Skriv exakt {Forms("eller")} (tre kolon, ett mellanslag, små bokstäver) och avsluta blocket med en rad med bara `:::`.",
        $"write exactly {Forms("or")} (three colons, a space, lowercase) and end the block with a line of only `:::`");

    private static readonly Regex Short = new(
        @"^:{1,2}[ \t\u00A0]*(" + string.Join('|', DirectiveRegistry.All.SelectMany(d => d.SwedishNames.Prepend(d.Keyword)).Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>True for the closing line, a line of only <c>:::</c>.</summary>
    public bool IsClose => Directive is null && Problem is null;

    /// <summary>The first word after the keyword (a table id), or empty.</summary>
    public string Id => Words.IsDefaultOrEmpty ? "" : Words[0];

    /// <summary>True when <paramref name="text"/> starts with <c>:::</c>, the lines this grammar owns.</summary>
    public static bool IsDirectiveLike(ReadOnlySpan<char> text) => text.StartsWith(":::", StringComparison.Ordinal);

    /// <summary>
    /// A line with one or two colons before a directive's name (<c>:: internal</c>): a typo that
    /// would otherwise publish the block's text as an ordinary paragraph.
    /// </summary>
    public static DirectiveLine? ShortColons(string line) =>
        Short.IsMatch(line)
            ? Invalid(new DirectiveProblem(
                new("Raden ser ut som ett block men börjar med för få kolon.", "the line looks like a block but starts with too few colons"),
                new("Skriv exakt tre kolon. " + AllowedForms.Swedish, "write exactly three colons; " + AllowedForms.English)))
            : null;

    /// <summary>Reads a line that starts with <c>:::</c> (indentation already skipped).</summary>
    public static DirectiveLine Parse(string line)
    {
        var text = line.TrimEnd(' ', '\t', '\r', '\n');
        if (text == ":::")
        {
            return new DirectiveLine(null, []);
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
        var name = match.Groups["name"];
        if (DirectiveRegistry.Find(name.Value) is not { } directive)
        {
            return Invalid(UnknownName(name.Value, name.Index));
        }

        var words = match.Groups["words"].Captures.Select(c => new DirectiveWord(c.Value, c.Index)).ToList();
        return directive.Arguments.Problem(directive.Keyword, words, name.Index) is { } problem
            ? Invalid(problem)
            : new DirectiveLine(directive, [.. words.Select(w => w.Text)]);
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
        if (DirectiveRegistry.Find(lower) is not null)
        {
            return new DirectiveProblem(
                new($"`{name}` ska skrivas med små bokstäver.", $"`{name}` must be written in lowercase"),
                new($"Skriv `::: {lower}`. " + AllowedForms.Swedish, $"write `::: {lower}`; " + AllowedForms.English),
                offset);
        }

        return DirectiveRegistry.All.FirstOrDefault(d => d.SwedishNames.Contains(lower)) is { } meant
            ? new DirectiveProblem(
                new($"`{name}` är inget känt block. Blocken har engelska namn.", $"`{name}` is not a known block; block names are English"),
                new($"Skriv `::: {meant.Keyword}` i stället. " + AllowedForms.Swedish, $"write `::: {meant.Keyword}` instead; " + AllowedForms.English),
                offset)
            : new DirectiveProblem(
                new($"`::: {name}` är inget känt block.", $"`::: {name}` is not a known block"),
                AllowedForms,
                offset);
    }

    /// <summary>"`a`, `b`, `c` eller `d`": every registered form, joined as a sentence lists them.</summary>
    private static string Forms(string and)
    {
        var forms = DirectiveRegistry.All.Select(d => $"`{d.Form}`").ToList();
        return forms.Count == 1 ? forms[0] : string.Join(", ", forms.SkipLast(1)) + $" {and} " + forms[^1];
    }

    private static DirectiveLine Invalid(DirectiveProblem problem) => new(null, [], problem);

    [GeneratedRegex(@"^:::[ \t]+(?<name>[a-z]+)(?:[ \t]+(?<words>[^ \t]+))*$")]
    private static partial Regex Exact();
}
