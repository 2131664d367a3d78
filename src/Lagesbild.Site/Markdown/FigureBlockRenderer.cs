using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Writes a <c>::: figure</c> as <c>&lt;figure&gt;</c>: its images, and its caption in a
/// <c>&lt;figcaption&gt;</c> above or below them as written (see <see cref="FigureLayout"/>).
/// </summary>
public sealed class FigureBlockRenderer : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock block)
    {
        var layout = FigureLayout.Of(block);
        renderer.EnsureLine();
        renderer.WriteLine("<figure class=\"figure\">");
        if (layout.CaptionFirst)
        {
            WriteCaption(renderer, layout);
        }

        foreach (var images in layout.Images)
        {
            renderer.WriteLeafInline(images);
            renderer.WriteLine();
        }

        if (!layout.CaptionFirst)
        {
            WriteCaption(renderer, layout);
        }

        renderer.EnsureLine();
        renderer.WriteLine("</figure>");
    }

    private static void WriteCaption(HtmlRenderer renderer, FigureLayout layout)
    {
        if (layout.Caption.IsEmpty)
        {
            return;
        }

        renderer.WriteLine("<figcaption>");
        foreach (var block in layout.Caption)
        {
            renderer.Write(block);
        }

        renderer.EnsureLine();
        renderer.WriteLine("</figcaption>");
    }
}
