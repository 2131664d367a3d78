using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>A <c>::: internal</c> … <c>:::</c> block: content only staff builds may carry.</summary>
public sealed class InternalBlock : ContainerBlock
{
    public InternalBlock(BlockParser parser) : base(parser)
    {
    }
}
