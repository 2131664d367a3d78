using System.Text;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Images;

/// <summary>
/// CSS in an SVG, read by allow-list: a <c>style</c> attribute is <c>property: value</c> pairs,
/// a <c>&lt;style&gt;</c> sheet is plain rules (<c>selector { property: value }</c>) with no
/// <c>@</c> rules. Properties come from <see cref="SvgAllowList.Properties"/> and every value is
/// judged by <see cref="SvgValues.Judge"/>. The result is written out again from what was parsed
/// (comments dropped, escapes decoded), so the published CSS is exactly the CSS that was judged.
/// </summary>
public static partial class SvgCss
{
    /// <summary>A refused part of the CSS, <paramref name="Offset"/> characters into the text (to find its line).</summary>
    public sealed record Problem(int Offset, bool External, bool Property, string Swedish, string English);

    public sealed record Result(string Clean, IReadOnlyList<Problem> Problems);

    public static Result Declarations(string text)
    {
        var problems = new List<Problem>();
        var prepared = Prepare(text, problems);
        var clean = prepared is null ? "" : DeclarationList(prepared, 0, prepared.Length, problems);
        return new Result(clean, problems);
    }

    public static Result StyleSheet(string text)
    {
        var problems = new List<Problem>();
        var prepared = Prepare(text, problems);
        if (prepared is null)
        {
            return new Result("", problems);
        }

        var clean = new StringBuilder();
        var at = 0;
        while (at < prepared.Length)
        {
            var open = prepared.IndexOf('{', at);
            if (open < 0)
            {
                if (prepared[at..].Trim().Length > 0)
                {
                    problems.Add(new(at, false, false, "text utanför en regel (`väljare { egenskap: värde }`)", "text outside a rule (`selector { property: value }`)"));
                }

                break;
            }

            var close = prepared.IndexOf('}', open);
            var nested = prepared.IndexOf('{', open + 1);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                problems.Add(new(open, false, false, "en regel som inte avslutas med `}` eller som har regler inuti sig", "a rule that is not closed with `}` or holds rules inside it"));
                break;
            }

            var selector = SvgValues.Clean(prepared[at..open]);
            if (!Selector().IsMatch(selector))
            {
                problems.Add(new(at, false, false, $"väljaren `{selector}` (tillåtet är elementnamn, `.klass`, `#id`, `*`, `,` och `>`)", $"the selector `{selector}` (element names, `.class`, `#id`, `*`, `,` and `>` are allowed)"));
            }

            clean.Append(selector).Append('{').Append(DeclarationList(prepared, open + 1, close, problems)).Append('}');
            at = close + 1;
        }

        return new Result(clean.ToString(), problems);
    }

    /// <summary>Comments blanked (newlines kept for positions), escapes decoded; null when what is left cannot be CSS for a drawing.</summary>
    private static string? Prepare(string text, List<Problem> problems)
    {
        var unterminated = false;
        var blanked = Comment().Replace(text, m =>
        {
            unterminated |= !m.Value.EndsWith("*/", StringComparison.Ordinal) || m.Length < 4;
            return new string([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]);
        });
        if (unterminated)
        {
            problems.Add(new(text.IndexOf("/*", StringComparison.Ordinal), false, false, "en kommentar (`/*`) som inte avslutas", "a comment (`/*`) that is not closed"));
            return null;
        }

        var decoded = SvgValues.DecodeEscapes(blanked);
        var refused = decoded.IndexOfAny(['\\', '@', '<']);
        if (refused >= 0)
        {
            var what = decoded[refused] switch
            {
                '@' => ("en regel med `@` (som `@import`)", "an `@` rule (such as `@import`)", true),
                '<' => ("tecknet `<`", "the character `<`", false),
                _ => ("ett tecken som skyddats med `\\`", "a character escaped with `\\`", false),
            };
            problems.Add(new(refused, what.Item3, false, what.Item1, what.Item2));
            return null;
        }

        return decoded;
    }

    private static string DeclarationList(string text, int start, int end, List<Problem> problems)
    {
        var clean = new List<string>();
        var at = start;
        while (at < end)
        {
            var stop = text.IndexOf(';', at, end - at);
            if (stop < 0)
            {
                stop = end;
            }

            var declaration = text[at..stop];
            var place = at + (declaration.Length - declaration.TrimStart().Length);
            if (declaration.Trim().Length > 0)
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                var property = SvgValues.Clean(colon < 0 ? declaration : declaration[..colon]).ToLowerInvariant();
                if (colon < 0)
                {
                    problems.Add(new(place, false, true, $"`{property}`, som inte är `egenskap: värde`", $"`{property}`, which is not `property: value`"));
                }
                else if (!SvgAllowList.Properties.Contains(property))
                {
                    problems.Add(new(place, false, true, $"CSS-egenskapen `{property}`", $"the CSS property `{property}`"));
                }
                else if (SvgValues.Judge(declaration[(colon + 1)..]) is { } refusal)
                {
                    problems.Add(new(place, refusal.External, false, $"{refusal.Swedish} i `{property}`", $"{refusal.English} in `{property}`"));
                }
                else
                {
                    clean.Add($"{property}:{SvgValues.Clean(declaration[(colon + 1)..])}");
                }
            }

            at = stop + 1;
        }

        return string.Join(';', clean);
    }

    [GeneratedRegex(@"/\*(?:.*?\*/|.*)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^[A-Za-z0-9_.#*>, -]+$")]
    private static partial Regex Selector();
}
