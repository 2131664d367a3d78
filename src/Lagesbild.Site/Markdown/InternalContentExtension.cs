using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Adds <c>::: internal</c> blocks. For a public build they are dropped while parsing, so not one
/// word of them reaches pages, the search index or anything else made from the document.
/// </summary>
public sealed class InternalContentExtension : IMarkdownExtension
{
    private readonly bool _keep;

    public InternalContentExtension(bool keep)
    {
        _keep = keep;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<InternalBlockParser>())
        {
            // Before the custom container parser, as it is also triggered on a `:::` line.
            if (!pipeline.BlockParsers.InsertBefore<CustomContainerParser>(new InternalBlockParser()))
            {
                pipeline.BlockParsers.Insert(0, new InternalBlockParser());
            }
        }

        if (!_keep)
        {
            pipeline.DocumentProcessed -= RemoveInternalBlocks;
            pipeline.DocumentProcessed += RemoveInternalBlocks;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<InternalBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new InternalBlockRenderer());
        }
    }

    private static void RemoveInternalBlocks(MarkdownDocument document)
    {
        var blocks = document.Descendants<InternalBlock>().ToList();
        foreach (var block in blocks)
        {
            block.Parent?.Remove(block);
        }

        if (blocks.Count > 0)
        {
            RemoveUnreferencedFootnotes(document);
        }
    }

    /// <summary>
    /// Footnotes referenced only from internal blocks would otherwise still be listed at the end of
    /// the page; the rest are renumbered so no gap hints at what was removed.
    /// </summary>
    private static void RemoveUnreferencedFootnotes(MarkdownDocument document)
    {
        var group = document.Descendants<FootnoteGroup>().FirstOrDefault();
        if (group is null)
        {
            return;
        }

        var referenced = document.Descendants<FootnoteLink>()
            .Where(link => !link.IsBackLink && !IsInside(link, group))
            .Select(link => link.Footnote)
            .ToHashSet();
        foreach (var footnote in group.OfType<Footnote>().Where(f => !referenced.Contains(f)).ToList())
        {
            group.Remove(footnote);
        }

        var order = 1;
        foreach (var footnote in group.OfType<Footnote>())
        {
            footnote.Order = order++;
        }

        if (group.Count == 0)
        {
            document.Remove(group);
        }
    }

    private static bool IsInside(Inline inline, Block container)
    {
        var root = inline;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        for (Block? block = (root as ContainerInline)?.ParentBlock; block is not null; block = block.Parent)
        {
            if (block == container)
            {
                return true;
            }
        }

        return false;
    }
}
