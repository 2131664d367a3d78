using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;

namespace Lagesbild.Site.Content;

/// <summary>
/// Parses a chapter's Markdown within a nesting limit. Markdig gives up beyond 128 nested block
/// quotes or lists with an exception that names no file; here that becomes a diagnostic at the line.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>The parsed document, or null after reporting a chapter nested too deeply.</summary>
    public static ParsedChapter? Parse(string text, ChapterParser parser, string displayPath, DiagnosticBag diagnostics)
    {
        var (line, depth) = DeepestQuote(text);
        if (depth > ContentLimits.MaxMarkdownDepth)
        {
            Report(displayPath, line, diagnostics);
            return null;
        }

        try
        {
            return parser.Parse(text);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            Report(displayPath, DeepestIndent(text), diagnostics);
            return null;
        }
    }

    private static void Report(string displayPath, int line, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.MarkdownTooDeep, new SourceLocation(displayPath, line, 1),
            new($"Citat (>) eller listor ligger i för många nivåer inuti varandra, fler än {ContentLimits.MaxMarkdownDepth}.",
                $"block quotes (>) or lists are nested more than {ContentLimits.MaxMarkdownDepth} levels deep"),
            new("Ta bort de extra >-tecknen eller indragen i början av raden.", "remove the extra > marks or indentation at the start of the line"));

    /// <summary>The line with the most <c>&gt;</c> quote marks at its start, and how many.</summary>
    private static (int Line, int Depth) DeepestQuote(string text)
    {
        var (bestLine, bestDepth, line, depth, atStart) = (1, 0, 1, 0, true);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (bestLine, bestDepth) = depth > bestDepth ? (line, depth) : (bestLine, bestDepth);
                (line, depth, atStart) = (line + 1, 0, true);
            }
            else if (atStart && c == '>')
            {
                depth++;
            }
            else if (c is not (' ' or '\t'))
            {
                atStart = false;
            }
        }

        return depth > bestDepth ? (line, depth) : (bestLine, bestDepth);
    }

    /// <summary>The line indented the most, where nested lists go deepest.</summary>
    private static int DeepestIndent(string text)
    {
        var lines = text.Split('\n');
        var best = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            if (Indent(lines[i]) > Indent(lines[best]))
            {
                best = i;
            }
        }

        return best + 1;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '\t', '>', '-', '*', '+').Length;
}
