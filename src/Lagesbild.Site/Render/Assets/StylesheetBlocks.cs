using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// Whether every block of a stylesheet file is closed within that file. Browsers report nothing
/// for an unclosed block: every rule after it, in this file and in the components inlined after
/// it, silently stops applying. Comments and strings are skipped, so a brace inside them counts
/// for nothing, as in a browser.
/// </summary>
public static class StylesheetBlocks
{
    /// <summary>Reports each <c>}</c> that closes nothing, and the innermost unclosed <c>{</c> or comment (LB964); true when there is none.</summary>
    public static bool Check(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var open = new Stack<(int Line, int Column)>();
        var ok = true;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    diagnostics.Error(DiagnosticCodes.Asset.UnclosedBlock, new SourceLocation(displayPath, line, i - lineStart + 1),
                        new("Kommentaren som börjar här avslutas aldrig med `*/`, så resten av filen blir en del av den.",
                            "the comment opened here is never closed with `*/`, so the rest of the file is part of it"),
                        new("Skriv `*/` där kommentaren slutar.", "add `*/` where the comment ends"));
                    return false;
                }

                (line, lineStart) = Advance(text, i, end + 2, line, lineStart);
                i = end + 1;
            }
            else if (c is '"' or '\'')
            {
                // A CSS string ends at its quote or, unclosed, at the end of its line.
                var end = i + 1;
                while (end < text.Length && text[end] != c && text[end] != '\n')
                {
                    end += text[end] == '\\' && end + 1 < text.Length ? 2 : 1;
                }

                (line, lineStart) = Advance(text, i, Math.Min(end, text.Length), line, lineStart);
                i = end < text.Length && text[end] == c ? end : end - 1;
            }
            else if (c == '{')
            {
                open.Push((line, i - lineStart + 1));
            }
            else if (c == '}' && !open.TryPop(out _))
            {
                ok = false;
                diagnostics.Error(DiagnosticCodes.Asset.UnclosedBlock, new SourceLocation(displayPath, line, i - lineStart + 1),
                    new("`}` stänger inget block.", "`}` closes no block"),
                    new("Ta bort `}` eller skriv blockets `{` där det börjar.", "remove the `}`, or add the block's `{` where it starts"));
            }
        }

        if (open.TryPeek(out var unclosed))
        {
            ok = false;
            diagnostics.Error(DiagnosticCodes.Asset.UnclosedBlock, new SourceLocation(displayPath, unclosed.Line, unclosed.Column),
                new("Blocket som börjar här avslutas aldrig med `}`, så webbläsaren skulle hoppa över alla regler efter det.",
                    "the block opened here is never closed with `}`, so browsers would drop every rule after it"),
                new("Skriv `}` där blocket slutar.", "add `}` where the block ends"));
        }

        return ok;
    }

    /// <summary>The line and the start of the line after skipping <paramref name="from"/>..<paramref name="to"/>.</summary>
    private static (int Line, int LineStart) Advance(string text, int from, int to, int line, int lineStart)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, lineStart);
    }
}
