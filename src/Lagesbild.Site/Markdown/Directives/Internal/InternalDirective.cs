using Lagesbild.Site.Diagnostics;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives.Internal;

/// <summary><c>::: internal</c> … <c>:::</c>: text only staff builds carry; a public build drops it before anything reads the chapter.</summary>
public sealed class InternalDirective : Directive
{
    public override string Keyword => "internal";

    public override string Form => "::: internal";

    public override IReadOnlyList<string> SwedishNames => ["intern", "internt"];

    public override DirectiveArguments Arguments => DirectiveArguments.None;

    public override Phrase UnclosedHint { get; } = new(
        "Skriv en rad med bara `:::` där den interna texten slutar. Annars döljs all text efter blocket också.",
        "add a line with only `:::` where the internal text ends; otherwise all text after it is hidden too");

    public override Block Open(BlockParser parser, DirectiveLine line) => new InternalBlock(parser, this);

    public override void SetupRenderer(HtmlRenderer renderer)
    {
        // Only staff builds still have internal blocks when rendering; public ones dropped them.
        if (!renderer.ObjectRenderers.Contains<InternalBlockRenderer>())
        {
            renderer.ObjectRenderers.Insert(0, new InternalBlockRenderer());
        }
    }
}
