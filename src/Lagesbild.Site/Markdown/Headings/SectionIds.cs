using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Headings;

/// <summary>
/// Turns a heading into a readable anchor the way a Swedish reader would type it:
/// "Öppen drogscen" → <c>oppen-drogscen</c> (Markdig's own ids give <c>oeppen-drogscen</c>).
/// Ids contain only a-z, 0-9 and hyphens, so ids written in layouts with an underscore
/// (<c>huvud_innehall</c>) can never collide with a heading.
/// </summary>
public static class SectionIds
{
    /// <summary>
    /// Gives every heading of <paramref name="document"/> its unique id. Run once, by
    /// <see cref="ChapterParser"/>, after internal blocks are dropped, so their headings take no ids
    /// (and shift no public id to <c>-2</c>) in a public build.
    /// </summary>
    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.GetAttributes().Id = Unique(Slugify(HeadingText.Of(heading)), used);
        }
    }

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
