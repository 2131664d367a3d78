using System.Text;
using Lagesbild.Site.Markdown.Headings;
using Lagesbild.Site.Model;
using Markdig.Syntax;

namespace Lagesbild.Site.Plan;

/// <summary>
/// A chapter's own description for search engines and link previews: the front matter's
/// <c>description</c>, else its first paragraph shortened at a word boundary, so previews of
/// different chapters in mail and chat never look the same.
/// </summary>
public static class ChapterDescription
{
    /// <summary>About what search engines show before cutting a description off.</summary>
    public const int MaxLength = 155;

    /// <summary>The description, or null for a chapter with no paragraph of its own at the top level.</summary>
    public static string? Of(Chapter chapter)
    {
        if (!string.IsNullOrWhiteSpace(chapter.Description))
        {
            return chapter.Description.Trim();
        }

        // Top-level paragraphs only: text inside figures, quotes, lists and ::: internal is not the chapter's lead.
        foreach (var paragraph in chapter.Document.OfType<ParagraphBlock>())
        {
            var text = Collapse(HeadingText.Of(paragraph));
            if (text.Length > 0)
            {
                return Shorten(text, MaxLength);
            }
        }

        return null;
    }

    /// <summary>At most <paramref name="max"/> characters, cut at the last space before it and ended with "…".</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var kept = (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(' ', ',', ';', ':', '–', '-');
        return kept + "…";
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
