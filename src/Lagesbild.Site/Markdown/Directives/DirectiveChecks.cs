using Lagesbild.Site.Diagnostics;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// Checks the <c>:::</c> directives of a chapter: mistaken spellings, blocks never closed, what
/// each registered <see cref="Directive"/> checks of its own blocks, and <c>:::</c> lines the
/// parser never saw because an indentation or an invisible character hid them (such a line would
/// publish an internal block). Internal blocks a public build dropped are among the trees, so both
/// builds report the same.
/// </summary>
public static class DirectiveChecks
{
    public static void Check(string text, IReadOnlyList<ContainerBlock> trees, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var invalid in trees.SelectMany(t => t.Descendants<InvalidDirectiveBlock>()))
        {
            if (invalid.Problem is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.InvalidDirective, at(invalid.Line, invalid.Column + problem.Offset), problem.Message, problem.Hint);
            }
        }

        foreach (var block in trees.SelectMany(t => t.Descendants<Block>().Prepend(t)).OfType<DirectiveContainerBlock>().Where(b => !b.IsClosed))
        {
            diagnostics.Error(DiagnosticCodes.Chapter.UnclosedDirective, at(block.Line, block.Column),
                new($"Blocket `{block.Opening}` avslutas aldrig.", $"`{block.Opening}` is not closed"),
                block.Directive.UnclosedHint);
        }

        foreach (var directive in DirectiveRegistry.All)
        {
            directive.Check(trees, at, diagnostics);
        }

        CheckHiddenLines(text, trees, DirectiveLines.Of(trees), at, diagnostics);
    }

    /// <summary>
    /// Every line whose first visible characters are <c>:::</c> must have been read by the
    /// directive parser. Lines in a closed fenced code block are examples and are left alone.
    /// </summary>
    private static void CheckHiddenLines(string text, IReadOnlyList<ContainerBlock> trees, IReadOnlySet<int> seen, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
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
