using System.Collections.Immutable;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// A directive that is its opening line only (<c>::: table id</c>), optionally followed by a
/// closing <c>:::</c>. The parser records its words and position; what they mean is resolved later.
/// </summary>
public abstract class DirectiveLeafBlock : LeafBlock
{
    protected DirectiveLeafBlock(BlockParser parser, Directive directive, DirectiveLine line) : base(parser)
    {
        ProcessInlines = false;
        Directive = directive;
        Words = line.Words;
    }

    /// <summary>The directive that opened the block.</summary>
    public Directive Directive { get; }

    /// <summary>The words after the keyword, as written.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>False when the directive's closing <c>:::</c> line is missing.</summary>
    public bool IsClosed { get; set; }

    /// <summary>The 0-based line of the closing <c>:::</c>, when there is one.</summary>
    public int? ClosingLine { get; set; }
}
