using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

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

    /// <summary>What is wrong; null on the closing line of a mistaken opening line, which is reported once, with the opening line.</summary>
    public required DirectiveProblem? Problem { get; init; }

    /// <summary>True when the line was meant to open a block, so the next closing line belongs to it.</summary>
    public bool IsOpening { get; init; }

    /// <summary>True once a closing line was matched to this mistaken opening line.</summary>
    public bool IsMatched { get; set; }
}
