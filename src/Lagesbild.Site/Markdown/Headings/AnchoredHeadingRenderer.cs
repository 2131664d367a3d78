using Lagesbild.Site.Markdown.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Headings;

/// <summary>
/// Renders headings with a visible permalink so readers can share a link to any section, with
/// the id and level of the <see cref="IdScope"/> the chapter is rendered in.
/// </summary>
public sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var scope = ScopedHtmlRenderer.ScopeOf(renderer).Ids;
        var tag = scope.HeadingTag(heading.Level);
        var attributes = heading.GetAttributes();
        // A copy: the parsed document is shared by every render of the chapter and must not change.
        var scoped = new HtmlAttributes();
        attributes.CopyTo(scoped);
        var id = attributes.Id is { } sectionId ? scope.Id(sectionId) : null;
        scoped.Id = id;
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(scoped).Write('>');
        renderer.WriteLeafInline(heading);
        if (id is not null)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Länk till avsnittet ")
                .WriteEscape(HeadingText.Of(heading)).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
