using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>Renders headings with a visible permalink so readers can share a link to any section.</summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = heading.GetAttributes().Id;
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (id is not null)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Länk till avsnittet ")
                .WriteEscape(HeadingText.Of(heading)).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
