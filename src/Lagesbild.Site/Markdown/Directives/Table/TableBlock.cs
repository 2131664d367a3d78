using Lagesbild.Site.Markdown.Rendering;
using Markdig.Parsers;

namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary>A <c>::: table id</c> directive: the table itself, placed where it is written.</summary>
public sealed class TableBlock : DataTableBlock
{
    public TableBlock(BlockParser parser, Directive directive, DirectiveLine line) : base(parser, directive, line)
    {
    }

    public override string Anchor => PageIds.TableAnchor(TableId);
}
