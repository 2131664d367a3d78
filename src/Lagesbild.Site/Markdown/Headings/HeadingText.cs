using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Markdown.Headings;

/// <summary>The plain text of a heading (or paragraph) as readers see it, without footnote markers.</summary>
public static class HeadingText
{
    public static string Of(LeafBlock block)
    {
        var builder = new StringBuilder();
        Append(builder, block.Inline);
        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case FootnoteLink:
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(builder, nested);
                    break;
            }
        }
    }
}
