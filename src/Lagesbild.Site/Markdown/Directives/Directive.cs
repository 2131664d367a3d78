using Lagesbild.Site.Diagnostics;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// One kind of <c>:::</c> directive, as its folder contributes it to <see cref="DirectiveRegistry"/>:
/// the word after <c>:::</c>, the arguments it takes, the block it opens, the renderer that writes
/// that block and the checks over it. The parser, the extension and the checks only iterate the
/// registry, so no grammar file names a directive.
/// </summary>
public abstract class Directive
{
    /// <summary>The word editors write after <c>:::</c>, in lowercase: <c>table</c>.</summary>
    public abstract string Keyword { get; }

    /// <summary>The whole opening line as hints show it: <c>::: table id</c>.</summary>
    public abstract string Form { get; }

    /// <summary>Swedish words editors may write by mistake (<c>tabell</c>); the hint then names <see cref="Keyword"/>.</summary>
    public virtual IReadOnlyList<string> SwedishNames => [];

    /// <summary>What may follow the keyword on the opening line.</summary>
    public abstract DirectiveArguments Arguments { get; }

    /// <summary>
    /// The block an accepted opening line opens: a <see cref="DirectiveLeafBlock"/> (one line,
    /// optionally closed by <c>:::</c>) or a <see cref="DirectiveContainerBlock"/> (Markdown up to <c>:::</c>).
    /// </summary>
    public abstract Block Open(BlockParser parser, DirectiveLine line);

    /// <summary>For a block that holds Markdown: what to do when its closing <c>:::</c> is missing.</summary>
    public virtual Phrase UnclosedHint { get; } = new("Skriv en rad med bara `:::` där blocket slutar.", "add a line with only `:::` where the block ends");

    /// <summary>Adds the renderer of this directive's block to a renderer being set up.</summary>
    public abstract void SetupRenderer(HtmlRenderer renderer);

    /// <summary>Checks what only this directive knows is wrong, in every tree of the chapter (the document and its dropped internal blocks).</summary>
    public virtual void Check(IReadOnlyList<ContainerBlock> trees, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
    }
}
