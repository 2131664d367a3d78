using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// Parses every line that starts with <c>:::</c> by the strict <see cref="DirectiveLine"/>
/// grammar: a registered directive opens the block its <see cref="Directive.Open"/> gives, anything else becomes an
/// <see cref="InvalidDirectiveBlock"/> that stops the build. One parser owns all of them, so no
/// spelling can slip past to a more forgiving one (Markdig's custom containers turned
/// <c>::: Internal</c> into a public <c>div</c>).
/// </summary>
public sealed class DirectiveBlockParser : BlockParser
{
    private static readonly DirectiveProblem ClosesNothing = new(
        new("Raden `:::` avslutar ett block, men inget block är öppet här.", "the line `:::` closes a block, but no block is open here"),
        new("Ta bort raden, eller skriv blockets första rad (till exempel `::: internal`) ovanför texten det ska omfatta.",
            "remove the line, or write the block's opening line (e.g. `::: internal`) above the text it should hold"));

    public DirectiveBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var text = processor.Line.ToString();
        var directive = processor.IsCodeIndent ? null
            : DirectiveLine.IsDirectiveLike(text) ? DirectiveLine.Parse(text)
            : DirectiveLine.ShortColons(text);
        if (directive is null)
        {
            return BlockState.None;
        }

        var span = new SourceSpan(processor.Start, processor.Line.End);
        Block block = directive switch
        {
            { Directive: { } known } => known.Open(this, directive),
            _ when IsColonsOnly(text) && MistakenOpening(processor) is { } opening => Matched(opening),
            { IsClose: true } => new InvalidDirectiveBlock(this) { Problem = ClosesNothing },
            _ => new InvalidDirectiveBlock(this) { Problem = directive.Problem!, IsOpening = !IsColonsOnly(text) },
        };
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = span;
        processor.NewBlocks.Push(block);
        return block is InvalidDirectiveBlock ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>
    /// The mistaken opening line (<c>::: Internal</c>) this closing line belongs to, if any: its
    /// closing line is then not reported again as closing nothing.
    /// </summary>
    private static InvalidDirectiveBlock? MistakenOpening(BlockProcessor processor)
    {
        var container = processor.CurrentContainer;
        for (var i = (container?.Count ?? 0) - 1; i >= 0; i--)
        {
            switch (container![i])
            {
                case InvalidDirectiveBlock { IsOpening: true, IsMatched: false } opening:
                    return opening;
                case InvalidDirectiveBlock { IsOpening: true } or DirectiveLeafBlock or DirectiveContainerBlock:
                    return null;
            }
        }

        return null;
    }

    private InvalidDirectiveBlock Matched(InvalidDirectiveBlock opening)
    {
        opening.IsMatched = true;
        return new InvalidDirectiveBlock(this) { Problem = null };
    }

    private static bool IsColonsOnly(string text) => text.TrimEnd(' ', '\t').All(c => c == ':');

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        switch (block)
        {
            case DirectiveLeafBlock leaf when IsClosingLine(processor):
                leaf.IsClosed = true;
                leaf.ClosingLine = processor.LineIndex;
                return CloseOn(processor, block);
            case DirectiveLeafBlock:
                // The closing line is missing: close here and let the line be parsed normally, so
                // one forgotten `:::` does not swallow the rest of the chapter (it is reported).
                return processor.IsBlankLine ? BlockState.ContinueDiscard : BlockState.None;
            case DirectiveContainerBlock container when IsClosingLine(processor) && !HasOpenInner(processor, container):
                container.IsClosed = true;
                container.EndLine = processor.LineIndex;
                return CloseOn(processor, block);
            default:
                return BlockState.Continue;
        }
    }

    private static BlockState CloseOn(BlockProcessor processor, Block block)
    {
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.BreakDiscard;
    }

    private static bool IsClosingLine(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return false;
        }

        var text = processor.Line.ToString().TrimStart(' ');
        return DirectiveLine.IsDirectiveLike(text) && DirectiveLine.Parse(text).IsClose;
    }

    /// <summary>
    /// True when a <c>:::</c> line belongs to something still open inside the block: a fenced
    /// code block (where it is just text), an unclosed one-line directive or a nested container directive. Closing the outer
    /// block there would end an internal block early and publish the rest of it.
    /// </summary>
    private static bool HasOpenInner(BlockProcessor processor, ContainerBlock container)
    {
        for (var block = container.LastChild; block is not null && processor.IsOpen(block); block = (block as ContainerBlock)?.LastChild)
        {
            if (block is FencedCodeBlock or DirectiveLeafBlock { IsClosed: false } or DirectiveContainerBlock)
            {
                return true;
            }
        }

        return false;
    }
}
