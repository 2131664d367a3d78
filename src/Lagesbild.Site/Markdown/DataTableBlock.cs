using System.Collections.Immutable;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The <c>::: table id</c> and <c>::: chart id</c> directives in a chapter. The parser only
/// records the id and position; the model builder resolves the id and the renderer writes the
/// table or chart.
/// </summary>
public sealed class DataTableBlock : LeafBlock
{
    public DataTableBlock(BlockParser parser) : base(parser)
    {
        ProcessInlines = false;
    }

    /// <summary>What the directive places: <see cref="DirectiveKind.Table"/> or <see cref="DirectiveKind.Chart"/>.</summary>
    public required DirectiveKind Kind { get; init; }

    public required string TableId { get; init; }

    /// <summary>For a chart, the column keys to draw (<c>::: chart id key …</c>); empty means every figure column.</summary>
    public ImmutableArray<string> Columns { get; init; } = [];

    /// <summary>False when the directive's closing <c>:::</c> line is missing.</summary>
    public bool IsClosed { get; set; }
}
