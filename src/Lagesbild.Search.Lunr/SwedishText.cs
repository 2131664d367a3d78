using System.Globalization;
using System.Text;

namespace Lagesbild.Search.Lunr;

/// <summary>
/// The words of a text as src/search-index/search-core.js finds and normalises them (its WORD
/// pattern, normalizeWord and fold), in UTF-16 code units like JavaScript: the index's terms and the
/// browser's query words must come out of the same rules.
/// </summary>
public static class SwedishText
{
    /// <summary>
    /// The start and end (exclusive) of each word: "1 047" (space, no-break or thin space between
    /// groups of three digits, optional decimals), "12,5" or "1.2.3", else a run of letters,
    /// combining marks and digits (Unicode code points, as the JavaScript pattern's /u flag reads them).
    /// </summary>
    public static void Words(string text, List<(int Start, int End)> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var end = MatchAt(text, i);
            if (end > i)
            {
                into.Add((i, end));
                i = end;
            }
            else
            {
                i += IsPair(text, i) ? 2 : 1;
            }
        }
    }

    /// <summary>NFC when the word has a combining diacritic, JavaScript's lower case, and "1 047" → "1047", "12.5" → "12,5".</summary>
    public static string NormalizeWord(string word)
    {
        var norm = JsLower(HasCombining(word) ? word.Normalize(NormalizationForm.FormC) : word);
        if (norm.Length == 0 || !IsDigit(norm[0]))
        {
            return norm;
        }

        var builder = new StringBuilder(norm.Length);
        foreach (var c in norm)
        {
            if (!IsNumberSpace(c))
            {
                builder.Append(c == '.' ? ',' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>å/ä → a, ö → o, é → e, ø → o, æ → ae: a term as typed without Swedish letters.</summary>
    public static string Fold(string term)
    {
        var decomposed = term.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i += IsPair(decomposed, i) ? 2 : 1)
        {
            var codePoint = CodePointAt(decomposed, i);
            if (IsMark(CharUnicodeInfo.GetUnicodeCategory(codePoint)))
            {
                continue;
            }

            switch (decomposed[i])
            {
                case '\u00f8':
                    builder.Append('o');
                    break;
                case '\u00e6':
                    builder.Append("ae");
                    break;
                default:
                    builder.Append(decomposed, i, IsPair(decomposed, i) ? 2 : 1);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the text has an ASCII digit (JavaScript's <c>\d</c>).</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// String.prototype.toLowerCase: each code point's simple lower case, except İ (i and a combining
    /// dot) and a capital sigma that ends a word (ς), the two mappings Unicode adds beyond it.
    /// </summary>
    public static string JsLower(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i += IsPair(text, i) ? 2 : 1)
        {
            var c = text[i];
            string? lower;
            if (c < 0x80)
            {
                lower = c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : null;
            }
            else if (c == '\u0130')
            {
                lower = "i\u0307";
            }
            else if (c == '\u03a3')
            {
                lower = IsFinalSigma(text, i) ? "\u03c2" : "\u03c3";
            }
            else if (IsPair(text, i))
            {
                var rune = new Rune(text[i], text[i + 1]);
                var lowered = Rune.ToLowerInvariant(rune);
                lower = lowered == rune ? null : lowered.ToString();
            }
            else
            {
                var lowered = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
                lower = lowered == c ? null : lowered.ToString();
            }

            if (lower is not null && builder is null)
            {
                builder = new StringBuilder(text.Length + 4);
                builder.Append(text, 0, i);
            }

            if (builder is not null)
            {
                if (lower is null)
                {
                    builder.Append(text, i, IsPair(text, i) ? 2 : 1);
                }
                else
                {
                    builder.Append(lower);
                }
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsFinalSigma(string text, int at)
    {
        // Unicode's Final_Sigma: a cased letter before (case-ignorable characters may come between)
        // and none after.
        var before = false;
        for (var i = at; i > 0;)
        {
            i -= i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]) ? 2 : 1;
            var category = CharUnicodeInfo.GetUnicodeCategory(CodePointAt(text, i));
            if (IsCaseIgnorable(category))
            {
                continue;
            }

            before = IsCased(category);
            break;
        }

        if (!before)
        {
            return false;
        }

        for (var i = at + 1; i < text.Length; i += IsPair(text, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(CodePointAt(text, i));
            if (IsCaseIgnorable(category))
            {
                continue;
            }

            return !IsCased(category);
        }

        return true;
    }

    private static bool IsCased(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter
            or UnicodeCategory.Format or UnicodeCategory.ModifierSymbol;

    private static int MatchAt(string text, int i)
    {
        if (IsDigit(text[i]))
        {
            var grouped = GroupedNumber(text, i);
            if (grouped > 0)
            {
                return grouped;
            }

            var decimals = DecimalNumber(text, i);
            if (decimals > 0)
            {
                return decimals;
            }
        }

        var end = i;
        while (end < text.Length && IsWordCodePoint(text, end))
        {
            end += IsPair(text, end) ? 2 : 1;
        }

        return end;
    }

    // \d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d), with the backtracking the pattern implies.
    private static int GroupedNumber(string text, int i)
    {
        var lead = DigitRunEnd(text, i) - i;
        if (lead > 3)
        {
            return 0;
        }

        var ends = new List<int>();
        for (var p = i + lead; p + 4 <= text.Length && IsNumberSpace(text[p]) && IsDigit(text[p + 1]) && IsDigit(text[p + 2]) && IsDigit(text[p + 3]); p += 4)
        {
            ends.Add(p + 4);
        }

        for (var j = ends.Count - 1; j >= 0; j--)
        {
            var pos = ends[j];
            if (pos + 1 < text.Length && text[pos] is '.' or ',' && IsDigit(text[pos + 1]))
            {
                return DigitRunEnd(text, pos + 1);
            }

            if (pos >= text.Length || !IsDigit(text[pos]))
            {
                return pos;
            }
        }

        return 0;
    }

    // \d+(?:[.,]\d+)+
    private static int DecimalNumber(string text, int i)
    {
        var p = DigitRunEnd(text, i);
        var groups = 0;
        while (p + 1 < text.Length && text[p] is '.' or ',' && IsDigit(text[p + 1]))
        {
            p = DigitRunEnd(text, p + 1);
            groups++;
        }

        return groups > 0 ? p : 0;
    }

    private static int DigitRunEnd(string text, int i)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWordCodePoint(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        }

        if (char.IsSurrogate(c) && !IsPair(text, i))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(CodePointAt(text, i));
        // \p{L}, \p{M} and \p{N}: the first eleven categories.
        return category <= UnicodeCategory.OtherNumber;
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool HasCombining(string word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036f')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNumberSpace(char c) => c is ' ' or '\u00a0' or '\u202f';

    private static bool IsPair(string text, int i) =>
        i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]);

    private static int CodePointAt(string text, int i) => IsPair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
}
