using Markdig;
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
        // Outermost first: an internal block inside another goes with it.
        var blocks = document.Descendants<InternalBlock>().Where(b => b.Parent is not null).ToList();
        if (blocks.Count == 0)
        {
            return;
        }

        var removed = new List<InternalBlock>();
        foreach (var block in blocks.Where(b => !b.IsInsideAnother()))
        {
            block.Parent!.Remove(block);
            removed.Add(block);
        }

        InternalContent.SetRemoved(document, removed);
        RemoveDefinitionsInside(document, removed);
        RemoveUnreferencedFootnotes(document);
    }

    /// <summary>
    /// Markdig moves link reference definitions (<c>[namn]: url</c>) out of the block they were
    /// written in to one list for the whole document, so removing the block leaves them behind.
    /// </summary>
    private static void RemoveDefinitionsInside(MarkdownDocument document, IReadOnlyList<InternalBlock> removed)
    {
        foreach (var group in document.Descendants<LinkReferenceDefinitionGroup>().ToList())
        {
            foreach (var definition in group.OfType<LinkReferenceDefinition>().Where(d => InternalContent.Covers(removed, d.Line)).ToList())
            {
                group.Remove(definition);
                group.Links.Remove(definition.Label ?? "");
            }
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

        var references = document.Descendants<FootnoteLink>().Where(link => !link.IsBackLink && !IsInside(link, group)).ToList();
        var referenced = references.Select(link => link.Footnote).ToHashSet();
        foreach (var footnote in group.OfType<Footnote>().Where(f => !referenced.Contains(f)).ToList())
        {
            group.Remove(footnote);
        }

        var order = 1;
        foreach (var footnote in group.OfType<Footnote>())
        {
            footnote.Order = order++;
        }

        // References are numbered too (`fnref:3`), and each footnote links back to its own: a back
        // link to a removed reference would point at nothing.
        var numbers = references.Select((link, i) => (link.Index, New: i + 1)).ToDictionary(p => p.Index, p => p.New);
        foreach (var back in group.Descendants<FootnoteLink>().Where(link => link.IsBackLink).ToList())
        {
            if (numbers.TryGetValue(back.Index, out var number))
            {
                back.Index = number;
            }
            else
            {
                back.Remove();
            }
        }

        foreach (var link in references)
        {
            link.Index = numbers[link.Index];
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
