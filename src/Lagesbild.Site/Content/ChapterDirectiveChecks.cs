using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Lagesbild.Site.Content;

/// <summary>
/// Checks the <c>:::</c> directives of a chapter: mistaken spellings, blocks never closed,
/// figures that hold what a figure cannot, and <c>:::</c> lines the parser never saw because
/// an indentation or an invisible character hid them (such a line would publish an internal block).
/// Internal blocks a public build removed are checked too, so both builds report the same.
/// </summary>
public static class ChapterDirectiveChecks
{
    public static void Check(string text, MarkdownDocument document, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        List<ContainerBlock> trees = [document, .. InternalContent.Removed(document)];
        foreach (var invalid in trees.SelectMany(t => t.Descendants<InvalidDirectiveBlock>()))
        {
            if (invalid.Problem is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.InvalidDirective, at(invalid.Line, invalid.Column + problem.Offset), problem.Message, problem.Hint);
            }
        }

        foreach (var block in trees.SelectMany(t => t.DescendantsAndSelf()).OfType<DirectiveContainerBlock>().Where(b => !b.IsClosed))
        {
            diagnostics.Error(DiagnosticCodes.Chapter.UnclosedDirective, at(block.Line, block.Column),
                new($"Blocket `{block.Opening}` avslutas aldrig.", $"`{block.Opening}` is not closed"),
                block is InternalBlock
                    ? new("Skriv en rad med bara `:::` där den interna texten slutar. Annars döljs all text efter blocket också.",
                        "add a line with only `:::` where the internal text ends; otherwise all text after it is hidden too")
                    : new("Skriv en rad med bara `:::` under figurens sista rad.", "add a line with only `:::` below the figure's last line"));
        }

        foreach (var figure in trees.SelectMany(t => t.DescendantsAndSelf()).OfType<FigureBlock>())
        {
            CheckFigure(figure, at, diagnostics);
        }

        CheckHiddenLines(text, trees, DirectiveLines.Of(document), at, diagnostics);
    }

    private static IEnumerable<Block> DescendantsAndSelf(this ContainerBlock block) => [block, .. block.Descendants<Block>()];

    private static void CheckFigure(FigureBlock figure, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        if (figure.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(figure.Line, figure.Column),
                new("Figuren är tom.", "the figure is empty"),
                new("Skriv bilden och bildtexten mellan `::: figure` och `:::`, eller ta bort raderna.",
                    "write the image and its caption between `::: figure` and `:::`, or remove the lines"));
            return;
        }

        foreach (var inner in figure.Descendants<Block>().Where(b => b is HeadingBlock or DataTableBlock or FigureBlock))
        {
            var what = inner switch
            {
                HeadingBlock => new Phrase("en rubrik", "a heading"),
                DataTableBlock table => new Phrase($"`::: {table.Kind.Word()}`", $"`::: {table.Kind.Word()}`"),
                _ => new Phrase("en figur", "a figure"),
            };
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(inner.Line, inner.Column),
                new($"En figur kan inte innehålla {what.Swedish}.", $"a figure cannot hold {what.English}"),
                new("En figur har bara bilder och bildtext. Flytta det här till före `::: figure` eller efter figurens `:::`.",
                    "a figure holds only images and their caption; move this above `::: figure` or below the figure's `:::`"));
        }

        // A figure that is already wrong (nested, or holding a heading or table) gets only its error.
        var malformed = figure.Parent is FigureBlock || figure.Descendants<Block>().Any(b => b is HeadingBlock or DataTableBlock or FigureBlock);
        if (!malformed && FigureLayout.Of(figure).Images.IsEmpty)
        {
            // A warning, not an error: the printed report's maps and charts are not all in the
            // source text yet, and the page says so to the reader until an editor adds them.
            diagnostics.Warning(DiagnosticCodes.Chapter.FigureWithoutPicture, at(figure.Line, figure.Column),
                new("Figuren har ingen bild, bara bildtext. På webben står det att bilden bara finns i den tryckta rapporten.",
                    "the figure has no picture, only a caption; the page tells readers the picture is only in the printed report"),
                new("Lägg bilden i mappen bilder/ och skriv `![beskrivning](bilder/namn.png)` i figuren, ovanför eller under bildtexten.",
                    "put the picture in the bilder/ folder and write `![description](bilder/name.png)` in the figure, above or below the caption"));
        }

        if (FigureLayout.Of(figure).Misplaced is { } misplaced)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.BadFigure, at(misplaced.Line, misplaced.Column),
                new("Figurens bildtext står både ovanför och under bilden, eller mellan två bilder.",
                    "the figure's caption is both above and below the image, or between two images"),
                new("Skriv all bildtext på ett ställe: antingen ovanför bilderna eller under dem.",
                    "write the whole caption in one place: either above the images or below them"));
        }
    }

    /// <summary>
    /// Every line whose first visible characters are <c>:::</c> must have been read by the
    /// directive parser. Lines in a closed fenced code block are examples and are left alone.
    /// </summary>
    private static void CheckHiddenLines(string text, List<ContainerBlock> trees, IReadOnlySet<int> seen, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var examples = new HashSet<int>();
        var unclosedFences = new List<FencedCodeBlock>();
        foreach (var block in trees.SelectMany(t => t.Descendants<Block>()))
        {
            switch (block)
            {
                case FencedCodeBlock { ClosingFencedCharCount: > 0 } fenced:
                    examples.UnionWith(Enumerable.Range(fenced.Line, fenced.Lines.Count + 2));
                    break;
                case FencedCodeBlock fenced:
                    unclosedFences.Add(fenced);
                    break;
                case YamlFrontMatterBlock frontMatter:
                    examples.UnionWith(Enumerable.Range(frontMatter.Line, frontMatter.Lines.Count + 2));
                    break;
            }
        }

        for (var line = 0; line < lines.Length; line++)
        {
            var content = lines[line];
            var start = 0;
            while (start < content.Length && (content[start] is ' ' or '\t' || DirectiveLine.IsInvisible(content[start])))
            {
                start++;
            }

            if (!DirectiveLine.IsDirectiveLike(content.AsSpan(start)) || seen.Contains(line) || examples.Contains(line))
            {
                continue;
            }

            var fence = unclosedFences.LastOrDefault(f => f.Line < line);
            if (fence is not null)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.UnclosedCodeBlock, at(line, start),
                    new($"Raden står i ett kodblock som börjar på rad {fence.Line + 1} och aldrig avslutas, så den och all text efter den visas som kod.",
                        $"the line is inside a code block that starts on line {fence.Line + 1} and is never closed, so it and all text after it show as code"),
                    new("Avsluta kodblocket med en rad med samma tecken som det började med (till exempel ```).",
                        "close the code block with a line of the same marks it started with (e.g. ```)"));
                continue;
            }

            var invisible = content.AsSpan(0, start).IndexOfAnyExcept(' ', '\t');
            if (invisible >= 0 && DirectiveLine.OddCharacter(content[..start]) is { } odd)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.InvalidDirective, at(line, odd.Offset), odd.Message,
                    new("Radera allt före `:::` och skriv raden på nytt.", "delete everything before `:::` and type the line again"));
                continue;
            }

            diagnostics.Error(DiagnosticCodes.Chapter.InvalidDirective, at(line, start),
                new("Raden med `:::` är indragen, så den läses inte som ett block utan visas som text eller kod.",
                    "the `:::` line is indented, so it is not read as a block but shown as text or code"),
                new("Ta bort mellanslagen före `:::` (högst tre mellanslag är tillåtna).", "remove the spaces before `:::` (at most three are allowed)"));
        }
    }
}
