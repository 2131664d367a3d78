using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Parses <c>::: internal</c> … <c>:::</c>. Unlike Markdig's custom containers it lets a
/// <c>::: table</c> directive inside it keep its own closing <c>:::</c> line.
/// </summary>
public sealed partial class InternalBlockParser : BlockParser
{
    public InternalBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !OpeningLine().IsMatch(processor.Line.ToString()))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new InternalBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var container = (InternalBlock)block;
        if (processor.Line.ToString().Trim() == ":::" && container.LastChild is not DataTableBlock { IsClosed: false })
        {
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    [GeneratedRegex(@"^:::[ \t]+internal[ \t]*$")]
    private static partial Regex OpeningLine();
}
