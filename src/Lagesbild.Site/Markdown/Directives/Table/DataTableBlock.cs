using Markdig.Parsers;

namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary>
/// A directive that places one of the edition's data tables: <c>::: table id</c> or <c>::: chart id</c>.
/// The parser only records the id and position; the model builder resolves the id and the renderer
/// writes the table or chart.
/// </summary>
public abstract class DataTableBlock : DirectiveLeafBlock
{
    protected DataTableBlock(BlockParser parser, Directive directive, DirectiveLine line) : base(parser, directive, line)
    {
    }

    /// <summary>The id of the table, its file name in <c>data/</c> without <c>.yml</c>.</summary>
    public string TableId => Words[0];

    /// <summary>The id the placed table or chart has on the page.</summary>
    public abstract string Anchor { get; }
}
