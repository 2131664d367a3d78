using Lagesbild.Site.Diagnostics;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives.Figure;

/// <summary><c>::: figure</c> … <c>:::</c>: images and their caption as one <c>&lt;figure&gt;</c>.</summary>
public sealed class FigureDirective : Directive
{
    public override string Keyword => "figure";

    public override string Form => "::: figure";

    public override IReadOnlyList<string> SwedishNames => ["figur", "bild", "karta"];

    public override DirectiveArguments Arguments => DirectiveArguments.None;

    public override Phrase UnclosedHint { get; } = new("Skriv en rad med bara `:::` under figurens sista rad.", "add a line with only `:::` below the figure's last line");

    public override Block Open(BlockParser parser, DirectiveLine line) => new FigureBlock(parser, this);

    public override void SetupRenderer(HtmlRenderer renderer) => renderer.ObjectRenderers.AddIfNotAlready<FigureBlockRenderer>();

    public override void Check(IReadOnlyList<ContainerBlock> trees, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var figure in trees.SelectMany(t => t.Descendants<Block>().Prepend(t)).OfType<FigureBlock>())
        {
            FigureChecks.Check(figure, at, diagnostics);
        }
    }
}
