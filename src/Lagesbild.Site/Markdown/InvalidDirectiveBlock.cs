using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// A <c>:::</c> line that is not a directive. It is kept in the tree, never rendered, so the
/// chapter checks report it with its position and the build stops.
/// </summary>
public sealed class InvalidDirectiveBlock : LeafBlock
{
    public InvalidDirectiveBlock(BlockParser parser) : base(parser)
    {
        ProcessInlines = false;
    }

    public required DirectiveProblem Problem { get; init; }
}
