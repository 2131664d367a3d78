using Markdig.Parsers;

namespace Lagesbild.Site.Markdown;

/// <summary>A <c>::: internal</c> … <c>:::</c> block: content only staff builds may carry.</summary>
public sealed class InternalBlock : DirectiveContainerBlock
{
    public InternalBlock(BlockParser parser) : base(parser)
    {
    }

    public override string Opening => "::: internal";
}
