using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Images;

/// <summary>
/// Judges SVG attribute values and CSS the way a browser will read them, not the way they are
/// spelled: XML entities are already decoded by the reader, CSS escapes (<c>\75rl(</c>) are
/// decoded here, and whitespace and control characters (<c>java&amp;#x09;script:</c>) are removed
/// before anything is compared. The published SVG carries the decoded text, so what the browser
/// sees is what was judged.
/// </summary>
public static partial class SvgValues
{
    /// <summary>Why a value is refused; <see cref="External"/> when it would load or open something outside the file.</summary>
    public sealed record Refusal(bool External, string Swedish, string English);

    /// <summary>Decodes CSS escapes (<c>\75</c>, <c>\000075 </c>, <c>\u</c>); an escape of a code point that cannot be written becomes U+FFFD, as in CSS.</summary>
    public static string DecodeEscapes(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < text.Length && end - start < 6 && Uri.IsHexDigit(text[end]))
            {
                end++;
            }

            if (end == start)
            {
                // An escaped newline is a line continuation; any other character stands for itself.
                if (text[start] is not ('\n' or '\r' or '\f'))
                {
                    result.Append(text[start]);
                }

                i = start;
                continue;
            }

            var codePoint = int.Parse(text.AsSpan(start, end - start), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            result.Append(codePoint is 0 or > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(codePoint));
            // One whitespace character after a hex escape belongs to the escape.
            if (end < text.Length && text[end] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                end++;
            }

            i = end - 1;
        }

        return result.ToString();
    }

    /// <summary>The value as compared: escapes decoded, every whitespace, control and invisible format character removed, lower case.</summary>
    public static string Normalise(string value)
    {
        var decoded = DecodeEscapes(value);
        var result = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>Null when the value is plain drawing data; otherwise why not.</summary>
    public static Refusal? Judge(string value)
    {
        var normal = Normalise(value);
        if (normal.Contains('\\', StringComparison.Ordinal))
        {
            return new(false, "ett tecken som skyddats med `\\`", "a character escaped with `\\`");
        }

        if (normal.Contains('@', StringComparison.Ordinal))
        {
            return new(true, "en regel med `@` (som `@import`)", "an `@` rule (such as `@import`)");
        }

        if (normal.Contains("//", StringComparison.Ordinal) || normal.Contains(':', StringComparison.Ordinal))
        {
            return new(true, $"en adress (`{Shorten(normal)}`)", $"an address (`{Shorten(normal)}`)");
        }

        if (normal.Contains("/*", StringComparison.Ordinal) || normal.Contains('<', StringComparison.Ordinal) || normal.Contains('{', StringComparison.Ordinal) || normal.Contains('}', StringComparison.Ordinal))
        {
            return new(false, "tecken som inte hör hemma i ett värde (`<`, `{`, `}` eller `/*`)", "characters that do not belong in a value (`<`, `{`, `}` or `/*`)");
        }

        if (normal.Count(c => c == '"') % 2 != 0 || normal.Count(c => c == '\'') % 2 != 0)
        {
            return new(false, "ett citattecken som inte avslutas", "a quotation mark that is not closed");
        }

        foreach (Match call in FunctionCall().Matches(normal))
        {
            var name = call.Groups[1].Value;
            if (name.Length == 0)
            {
                return new(false, "en parentes utan känd funktion", "a parenthesis without a known function");
            }

            if (!SvgAllowList.Functions.Contains(name))
            {
                return new(name is "image-set" or "-webkit-image-set" or "image" or "element" or "cross-fade" or "src",
                    $"funktionen `{name}(…)`", $"the function `{name}(…)`");
            }

            if (name == "url" && !LocalUrl().IsMatch(normal[call.Index..]))
            {
                return new(true, "`url(…)` som inte pekar på `#id` i samma fil", "a `url(…)` that does not point at an `#id` in the same file");
            }
        }

        return null;
    }

    /// <summary>True when an <c>href</c> is exactly a reference to an element in the same file.</summary>
    public static bool IsLocalReference(string value) => LocalReference().IsMatch(value.Trim(' ', '\t', '\n', '\r'));

    /// <summary>Text for the published file: control and format characters removed, whitespace runs as one space.</summary>
    public static string Clean(string decoded)
    {
        var result = new StringBuilder(decoded.Length);
        var space = false;
        foreach (var c in decoded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"([a-z0-9_-]*)\(")]
    private static partial Regex FunctionCall();

    [GeneratedRegex(@"^url\((['""]?)#[a-z0-9_.-]+\1\)")]
    private static partial Regex LocalUrl();

    [GeneratedRegex(@"^#[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex LocalReference();
}
