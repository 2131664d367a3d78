using System.Collections.Immutable;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Markdig.Parsers;

namespace Lagesbild.Site.Markdown.Directives.Chart;

/// <summary>A <c>::: chart id [column …]</c> directive: a chart drawn from a data table.</summary>
public sealed class ChartBlock : DataTableBlock
{
    public ChartBlock(BlockParser parser, Directive directive, DirectiveLine line) : base(parser, directive, line)
    {
    }

    /// <summary>The column keys to draw (<c>::: chart id key …</c>); empty means every figure column.</summary>
    public ImmutableArray<string> Columns => Words[1..];

    public override string Anchor => PageIds.ChartAnchor(TableId);
}
