using System.Globalization;
using System.Text;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Turns a heading into a readable anchor the way a Swedish reader would type it:
/// "Öppen drogscen" → <c>oppen-drogscen</c> (Markdig's own ids give <c>oeppen-drogscen</c>).
/// Ids contain only a-z, 0-9 and hyphens, so ids written in layouts with an underscore
/// (<c>huvud_innehall</c>) can never collide with a heading.
/// </summary>
public static class SectionIds
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "avsnitt" : builder.ToString();
    }

    /// <summary>Makes <paramref name="id"/> unique among <paramref name="used"/> by adding -2, -3, ….</summary>
    public static string Unique(string id, ISet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
