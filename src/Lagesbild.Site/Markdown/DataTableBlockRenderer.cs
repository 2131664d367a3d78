using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown;

/// <summary>Writes the HTML of the table a directive names; ids were validated before rendering.</summary>
public sealed class DataTableBlockRenderer : HtmlObjectRenderer<DataTableBlock>
{
    private readonly DataTableHtmlSource _tables;

    public DataTableBlockRenderer(DataTableHtmlSource tables)
    {
        _tables = tables;
    }

    protected override void Write(HtmlRenderer renderer, DataTableBlock block)
    {
        var html = _tables(block)
            ?? throw new InvalidOperationException($"table `{block.TableId}` was not validated before rendering");
        renderer.EnsureLine();
        renderer.Write(html);
        renderer.EnsureLine();
    }
}
