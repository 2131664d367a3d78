using System.Globalization;
using Lagesbild.Site.Markdown.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Footnotes;

/// <summary>
/// A footnote reference and its back link as Markdig writes them, with ids and fragments in the
/// chapter's <see cref="IdScope"/>.
/// </summary>
public sealed class ScopedFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var scope = ScopedHtmlRenderer.ScopeOf(renderer).Ids;
        var reference = scope.Id(PageIds.FootnoteReferenceId(link.Index));
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#").Write(reference).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }

        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"").Write(reference).Write("\" href=\"#").Write(scope.Id(PageIds.FootnoteId(link.Footnote.Order)))
            .Write("\" class=\"footnote-ref\"><sup>").Write(order).Write("</sup></a>");
    }
}
