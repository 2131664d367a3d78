using Markdig;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Adds the <c>:::</c> directives (<c>table</c>, <c>chart</c>, <c>internal</c>, <c>figure</c>) with
/// their strict grammar, and the figure's renderer. Tables and internal blocks get their renderers
/// from <see cref="DataTableExtension"/> and <see cref="InternalContentExtension"/>.
/// </summary>
public sealed class DirectiveExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<FigureBlockRenderer>();
            html.ObjectRenderers.AddIfNotAlready<InvalidDirectiveBlockRenderer>();
        }
    }
}
