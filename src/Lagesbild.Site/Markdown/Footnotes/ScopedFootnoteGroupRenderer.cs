using Lagesbild.Site.Markdown.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Footnotes;

/// <summary>
/// The footnote list as Markdig writes it (<c>li id="fn:1"</c>), with ids in the chapter's
/// <see cref="IdScope"/> of the render: two chapters in the print view both have a footnote 1.
/// </summary>
public sealed class ScopedFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        var scope = ScopedHtmlRenderer.ScopeOf(renderer).Ids;
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.Write("<li id=\"").Write(scope.Id(PageIds.FootnoteId(footnote.Order))).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}
