using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>A directive that holds Markdown up to its closing <c>:::</c> line: <c>::: internal</c> or <c>::: figure</c>.</summary>
public abstract class DirectiveContainerBlock : ContainerBlock
{
    protected DirectiveContainerBlock(BlockParser parser) : base(parser)
    {
    }

    /// <summary>The directive as written on its opening line, for messages.</summary>
    public abstract string Opening { get; }

    /// <summary>False when the file ends before the closing <c>:::</c> line.</summary>
    public bool IsClosed { get; set; }

    /// <summary>The 0-based line of the closing <c>:::</c>, or the last line of the file when it is missing.</summary>
    public int EndLine { get; set; }
}
