using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Directives.Internal;

/// <summary>Marks internal content visibly in staff builds (public builds never contain it).</summary>
public sealed class InternalBlockRenderer : HtmlObjectRenderer<InternalBlock>
{
    protected override void Write(HtmlRenderer renderer, InternalBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"internal\">");
        renderer.WriteChildren(block);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
