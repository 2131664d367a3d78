using Markdig;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Renders the <c>::: table id</c> and <c>::: chart id</c> directives. Rendering needs the edition's tables, so the renderer is
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
        // The directive itself is parsed by DirectiveExtension's parser.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (_tables is not null && renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DataTableBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DataTableBlockRenderer(_tables));
        }
    }
}
