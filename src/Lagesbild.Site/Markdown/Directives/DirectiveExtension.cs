using Markdig;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// Adds the one parser of every <c>:::</c> line (<see cref="DirectiveBlockParser"/>), which hands
/// each registered keyword to its directive. The renderers are added by
/// <see cref="Rendering.ChapterRenderExtension"/>, since they write in a chapter's render scope.
/// </summary>
public sealed class DirectiveExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: Markdig's own parsers must never see a `:::` line (a paragraph would publish it as text).
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
