using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary><c>::: table id</c>: places the data table <c>data/id.yml</c> in the chapter.</summary>
public sealed class TableDirective : Directive
{
    public override string Keyword => "table";

    public override string Form => "::: table id";

    public override IReadOnlyList<string> SwedishNames => ["tabell"];

    public override DirectiveArguments Arguments { get; } = new TableIdArguments(columnsAllowed: false);

    public override Block Open(BlockParser parser, DirectiveLine line) => new TableBlock(parser, this, line);

    public override void SetupRenderer(HtmlRenderer renderer) => DataTableBlockRenderer.AddTo(renderer);
}
