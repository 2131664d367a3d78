using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Directives.Figure;

/// <summary>
/// Writes a <c>::: figure</c> as <c>&lt;figure&gt;</c>: its images, and its caption in a
/// <c>&lt;figcaption&gt;</c> above or below them as written (see <see cref="FigureLayout"/>). A figure
/// without a picture says where the picture is, above its caption.
/// </summary>
public sealed class FigureBlockRenderer : HtmlObjectRenderer<FigureBlock>
{
    /// <summary>What a figure without a picture says in its place (check warns the editor, LB270).</summary>
    public const string MissingPicture = "Bilden finns i den tryckta rapporten och har inte publicerats på webben än.";

    protected override void Write(HtmlRenderer renderer, FigureBlock block)
    {
        var layout = FigureLayout.Of(block);
        renderer.EnsureLine();
        renderer.WriteLine(layout.Images.IsEmpty ? "<figure class=\"figure figure-without-picture\">" : "<figure class=\"figure\">");
        if (layout.Images.IsEmpty)
        {
            // The legend stays verbatim, but never orphaned: the reader learns where the picture is.
            renderer.WriteLine($"<p class=\"figure-missing\">{MissingPicture}</p>");
        }

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
