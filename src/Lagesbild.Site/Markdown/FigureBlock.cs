using Markdig.Parsers;

namespace Lagesbild.Site.Markdown;

/// <summary>A <c>::: figure</c> … <c>:::</c> block: an image (or only the title and legend of one) and its caption.</summary>
public sealed class FigureBlock : DirectiveContainerBlock
{
    public FigureBlock(BlockParser parser) : base(parser)
    {
    }

    public override string Opening => "::: figure";
}
