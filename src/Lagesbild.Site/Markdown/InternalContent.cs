using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Where a chapter's internal blocks are. A public build removes them from the document while
/// parsing; the removed blocks are kept aside only so the chapter checks report the same mistakes
/// in them as an internal build would (nothing that renders or indexes reads them).
/// </summary>
public static class InternalContent
{
    private static readonly object Key = typeof(InternalContent);

    /// <summary>The internal blocks a public build removed, outermost only.</summary>
    public static IReadOnlyList<InternalBlock> Removed(MarkdownDocument document) =>
        document.GetData(Key) as IReadOnlyList<InternalBlock> ?? [];

    /// <summary>Every internal block of the chapter as written: those still in the document and those removed.</summary>
    public static IReadOnlyList<InternalBlock> All(MarkdownDocument document) =>
        [.. document.Descendants<InternalBlock>(), .. Removed(document)];

    /// <summary>True when the 0-based <paramref name="line"/> lies within one of <paramref name="blocks"/>, opening and closing lines included.</summary>
    public static bool Covers(IEnumerable<InternalBlock> blocks, int line) =>
        blocks.Any(b => line >= b.Line && line <= b.EndLine);

    internal static bool IsInsideAnother(this InternalBlock block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is InternalBlock)
            {
                return true;
            }
        }

        return false;
    }

    internal static void SetRemoved(MarkdownDocument document, IReadOnlyList<InternalBlock> removed) => document.SetData(Key, removed);
}
