namespace Lagesbild.Site.Markdown.Directives.Internal;

/// <summary>Where a chapter's internal blocks are, for the checks that must tell public text from internal text.</summary>
public static class InternalContent
{
    /// <summary>True when the 0-based <paramref name="line"/> lies within one of <paramref name="blocks"/>, opening and closing lines included.</summary>
    public static bool Covers(IEnumerable<InternalBlock> blocks, int line) =>
        blocks.Any(b => line >= b.Line && line <= b.EndLine);

    /// <summary>True when the block lies inside an internal block (and so goes with it when that is dropped).</summary>
    public static bool IsInsideInternal(this Markdig.Syntax.Block block)
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
}
