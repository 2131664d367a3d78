using Lagesbild.Site.Markdown.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary>
/// Writes the HTML of the table or chart a directive places, as the render scope's
/// <see cref="ChapterRenderScope.Tables"/> gives it; ids were validated before rendering.
/// </summary>
public sealed class DataTableBlockRenderer : HtmlObjectRenderer<DataTableBlock>
{
    /// <summary>Adds the renderer once; tables and charts share it.</summary>
    public static void AddTo(HtmlRenderer renderer)
    {
        if (!renderer.ObjectRenderers.Contains<DataTableBlockRenderer>())
        {
            renderer.ObjectRenderers.Insert(0, new DataTableBlockRenderer());
        }
    }

    protected override void Write(HtmlRenderer renderer, DataTableBlock block)
    {
        var html = ScopedHtmlRenderer.ScopeOf(renderer).Tables(block)
            ?? throw new InvalidOperationException($"table `{block.TableId}` was not validated before rendering");
        renderer.EnsureLine();
        renderer.Write(html);
        renderer.EnsureLine();
    }
}
