using System.Collections.Immutable;
using System.Globalization;
using Lagesbild.Site.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Images;

/// <summary>
/// Writes <c>![alt](karta.png)</c> as an <c>img</c> pointing at the published, fingerprinted
/// file, with its width and height (so the text does not jump while it loads), loaded lazily;
/// every other link is written as before.
/// </summary>
public sealed class ImageLinkRenderer(ImmutableSortedDictionary<string, EditionImage> images, Func<string, string> fileUrl) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !images.TryGetValue(link.Url ?? "", out var image))
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<img src=\"");
        renderer.WriteEscapeUrl(fileUrl(image.OutputPath));
        renderer.Write("\" alt=\"");
        // The alt text as plain text: emphasis or links inside the brackets must not become markup in an attribute.
        var wasHtml = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = wasHtml;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write(" width=\"").Write(image.Width.ToString(CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(image.Height.ToString(CultureInfo.InvariantCulture))
            .Write("\" loading=\"lazy\" decoding=\"async\">");
    }
}
