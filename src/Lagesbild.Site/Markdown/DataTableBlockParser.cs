using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>Parses <c>::: table id</c> or <c>::: chart id [column …]</c> followed by a closing <c>:::</c> line into a <see cref="DataTableBlock"/>.</summary>
public sealed partial class DataTableBlockParser : BlockParser
{
    public DataTableBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = OpeningLine().Match(processor.Line.ToString());
        if (!match.Success)
        {
            // Not ours: leave `::: figure` and friends to the custom container parser.
            return BlockState.None;
        }

        var block = new DataTableBlock(this)
        {
            Kind = match.Groups["kind"].Value,
            TableId = match.Groups["id"].Value,
            Columns = [.. match.Groups["columns"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)],
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var line = processor.Line.ToString().Trim();
        if (line == ":::")
        {
            ((DataTableBlock)block).IsClosed = true;
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        // Anything else means the closing line is missing: close here and let the line be parsed
        // normally, so one forgotten `:::` does not swallow the rest of the chapter.
        return processor.IsBlankLine ? BlockState.ContinueDiscard : BlockState.None;
    }

    // A chart may name the columns to draw after the id: `::: chart anmalningar-per-stadsdelsnamnd anmalningar`.
    [GeneratedRegex(@"^:::[ \t]+(?:(?<kind>table)[ \t]+(?<id>\S+)|(?<kind>chart)[ \t]+(?<id>\S+)(?<columns>(?:[ \t]+\S+)*))[ \t]*$")]
    private static partial Regex OpeningLine();
}
