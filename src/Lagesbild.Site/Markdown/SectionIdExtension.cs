using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Gives every heading a Swedish-friendly, unique id while the document is parsed, so the AST is
/// complete (and never touched again) once parsing returns.
/// </summary>
public sealed class SectionIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.GetAttributes().Id = SectionIds.Unique(SectionIds.Slugify(HeadingText.Of(heading)), used);
        }
    }
}
