using Lagesbild.Site.Markdown.Directives.Table;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives.Chart;

/// <summary><c>::: chart id [column …]</c>: draws the data table <c>data/id.yml</c> as a chart.</summary>
public sealed class ChartDirective : Directive
{
    public override string Keyword => "chart";

    public override string Form => "::: chart id";

    public override IReadOnlyList<string> SwedishNames => ["diagram"];

    public override DirectiveArguments Arguments { get; } = new TableIdArguments(columnsAllowed: true);

    public override Block Open(BlockParser parser, DirectiveLine line) => new ChartBlock(parser, this, line);

    public override void SetupRenderer(HtmlRenderer renderer) => DataTableBlockRenderer.AddTo(renderer);
}
