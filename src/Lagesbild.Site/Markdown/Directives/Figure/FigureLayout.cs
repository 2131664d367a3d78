using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Markdown.Directives.Figure;

/// <summary>
/// How a <c>::: figure</c> is laid out: paragraphs of only images are the figure, everything
/// else is its caption. The caption stays where it was written, above or below the images
/// (<c>figcaption</c> must be the first or last child of <c>figure</c>), so text on both sides
/// is a mistake: <see cref="Misplaced"/> is the first caption block after the images.
/// </summary>
public sealed record FigureLayout(ImmutableArray<ParagraphBlock> Images, ImmutableArray<Block> Caption, bool CaptionFirst, Block? Misplaced)
{
    public static FigureLayout Of(FigureBlock figure)
    {
        var blocks = figure.ToList();
        var isImage = blocks.Select(b => b is ParagraphBlock p && IsImagesOnly(p)).ToList();
        var first = isImage.IndexOf(true);
        var last = isImage.LastIndexOf(true);
        var images = blocks.Where((_, i) => isImage[i]).Cast<ParagraphBlock>().ToImmutableArray();
        var caption = blocks.Where((_, i) => !isImage[i]).ToImmutableArray();
        if (first < 0)
        {
            return new FigureLayout([], caption, CaptionFirst: true, Misplaced: null);
        }

        // Text between two images, or text both above and below them, has no single place to go.
        var between = blocks.Skip(first).Take(last - first + 1).Where((_, i) => !isImage[first + i]).FirstOrDefault();
        var captionFirst = first > 0;
        var misplaced = between ?? (captionFirst && last < blocks.Count - 1 ? blocks[last + 1] : null);
        return new FigureLayout(images, caption, captionFirst, misplaced);
    }

    /// <summary>A paragraph holding one or more images and nothing but spaces and line breaks between them.</summary>
    public static bool IsImagesOnly(ParagraphBlock paragraph)
    {
        var any = false;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    any = true;
                    break;
                case LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return false;
            }
        }

        return any;
    }
}
