using System.Collections.Immutable;
using Lagesbild.Site.Markdown.Directives.Internal;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// A parsed chapter: the <see cref="Document"/> later stages read, and the internal blocks a
/// public build dropped from it, which only the chapter checks see (so both builds report the same mistakes).
/// </summary>
public sealed record ParsedChapter(MarkdownDocument Document, ImmutableArray<InternalBlock> DroppedInternal)
{
    /// <summary>The document and each dropped internal block: every tree the checks walk.</summary>
    public IReadOnlyList<ContainerBlock> Trees => [Document, .. DroppedInternal];

    /// <summary>Every internal block of the chapter as written: those still in the document and those dropped.</summary>
    public IReadOnlyList<InternalBlock> InternalBlocks => [.. Document.Descendants<InternalBlock>(), .. DroppedInternal];
}
