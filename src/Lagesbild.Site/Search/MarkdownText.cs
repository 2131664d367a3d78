using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Search;

/// <summary>
/// The plain text of parsed Markdown as readers see it on the page: link and emphasis text without
/// markup. Footnote markers are dropped, but the footnotes they cite are reported, so their text
/// can be searched as part of the section that cites them.
/// </summary>
public static class MarkdownText
{
    /// <summary>Appends the text of a leaf block and adds the footnotes it cites to <paramref name="footnotes"/>.</summary>
    public static void AppendLeaf(StringBuilder text, LeafBlock leaf, ICollection<Footnote> footnotes)
    {
        if (leaf.Inline is { } inline)
        {
            AppendInlines(text, inline, footnotes);
        }
        else if (leaf is CodeBlock code)
        {
            text.Append(code.Lines.ToString());
        }
    }

    /// <summary>The text of a footnote's paragraphs, without the footnotes it may cite in turn.</summary>
    public static string Of(Footnote footnote)
    {
        var text = new StringBuilder();
        foreach (var leaf in footnote.Descendants<LeafBlock>())
        {
            Separate(text);
            AppendLeaf(text, leaf, new List<Footnote>());
        }

        return text.ToString().Trim();
    }

    /// <summary>Starts a new line unless the text is empty or already ends one, so blocks never run together.</summary>
    public static void Separate(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void AppendInlines(StringBuilder text, ContainerInline container, ICollection<Footnote> footnotes)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case FootnoteLink link:
                    if (!link.IsBackLink && !footnotes.Contains(link.Footnote))
                    {
                        footnotes.Add(link.Footnote);
                    }

                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    AppendInlines(text, nested, footnotes);
                    break;
            }
        }
    }
}
