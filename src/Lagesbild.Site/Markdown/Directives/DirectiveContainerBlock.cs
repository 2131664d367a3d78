using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>A directive that holds Markdown up to its closing <c>:::</c> line: <c>::: internal</c> or <c>::: figure</c>.</summary>
public abstract class DirectiveContainerBlock : ContainerBlock
{
    protected DirectiveContainerBlock(BlockParser parser, Directive directive) : base(parser)
    {
        Directive = directive;
        EndLine = int.MaxValue;
    }

    /// <summary>The directive that opened the block.</summary>
    public Directive Directive { get; }

    /// <summary>The directive as written on its opening line, for messages.</summary>
    public string Opening => "::: " + Directive.Keyword;

    /// <summary>False when the file ends before the closing <c>:::</c> line.</summary>
    public bool IsClosed { get; set; }

    /// <summary>The 0-based line of the closing <c>:::</c>; <see cref="int.MaxValue"/> while it is missing, so the block covers the rest of the file.</summary>
    public int EndLine { get; set; }
}
