using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Adds the <c>::: table id</c> directive. Rendering needs the edition's tables, so the renderer is
/// only added when a <see cref="DataTableHtmlSource"/> is given.
/// </summary>
public sealed class DataTableExtension : IMarkdownExtension
{
    private readonly DataTableHtmlSource? _tables;

    public DataTableExtension(DataTableHtmlSource? tables = null)
    {
        _tables = tables;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<DataTableBlockParser>())
        {
            return;
        }

        // Before the custom container parser, as it is also triggered on a `:::` line.
        if (!pipeline.BlockParsers.InsertBefore<CustomContainerParser>(new DataTableBlockParser()))
        {
            pipeline.BlockParsers.Insert(0, new DataTableBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (_tables is not null && renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DataTableBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DataTableBlockRenderer(_tables));
        }
    }
}
