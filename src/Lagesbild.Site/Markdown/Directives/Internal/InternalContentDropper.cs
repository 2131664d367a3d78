using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Markdown.Directives.Internal;

/// <summary>
/// Drops a chapter's <c>::: internal</c> blocks for a public build, right after parsing (see
/// <see cref="ChapterParser"/>), so not one word of them reaches pages, the search index or anything else made from
/// the document. The dropped blocks are returned rather than kept on the document, for the checks
/// that report the same mistakes in them as a staff build would.
/// </summary>
public static class InternalContentDropper
{
    /// <summary>Removes every outermost internal block from <paramref name="document"/> and returns them.</summary>
    public static ImmutableArray<InternalBlock> Drop(MarkdownDocument document)
    {
        // Outermost first: an internal block inside another goes with it.
        var removed = document.Descendants<InternalBlock>().Where(b => b.Parent is not null && !b.IsInsideInternal()).ToImmutableArray();
        if (removed.IsEmpty)
        {
            return removed;
        }

        foreach (var block in removed)
        {
            block.Parent!.Remove(block);
        }

        RemoveDefinitionsInside(document, removed);
        RemoveUnreferencedFootnotes(document);
        return removed;
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
