using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>
/// Every finding as one Markdown table, for a pull request's job summary (<c>$GITHUB_STEP_SUMMARY</c>):
/// GitHub shows at most ten annotations of each kind per step, the summary shows them all.
/// </summary>
/// <remarks>
/// Messages quote content (a cell value, a link target, a file name), and reviewers read the summary as
/// the tool's own words. So every cell that can hold content is one code span, shown verbatim as the
/// terminal prints it: nothing inside it can become a link, an image, HTML or formatting, and no
/// backtick in the content can end it early.
/// </remarks>
public static class MarkdownSummary
{
    /// <summary>The list of every code for editors, in the repository.</summary>
    public const string DiagnosticsDoc = "docs/diagnostics.md";

    public static void Write(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter writer, Language language = Language.Swedish)
    {
        writer.WriteLine(new Phrase("## Kontroll av innehållet", "## Content check").In(language));
        writer.WriteLine();
        writer.WriteLine(DiagnosticPrinter.Count(diagnostics).In(language) + ".");
        writer.WriteLine();
        if (diagnostics.Count == 0)
        {
            return;
        }

        writer.WriteLine(new Phrase("| | Fil | Rad | Tecken | Vad är fel | Så rättar du | Kod |", "| | File | Line | Column | What is wrong | How to fix it | Code |").In(language));
        writer.WriteLine("|---|---|---:|---:|---|---|---|");
        foreach (var d in DiagnosticPrinter.Ordered(diagnostics))
        {
            var kind = d.Severity == Severity.Error ? new Phrase("❌ fel", "❌ error") : new Phrase("⚠️ varning", "⚠️ warning");
            writer.WriteLine($"| {kind.In(language)} | {Code(d.Location.Path)} | {d.Location.Line} | {d.Location.Column} | {Code(d.Message.In(language))} | {Code(d.Hint?.In(language) ?? "")} | {Code(d.Code)} |");
        }

        writer.WriteLine();
        // A code span, not a link: the summary holds no links at all, so none can be mistaken for one from content.
        writer.WriteLine(new Phrase(
            $"Vad varje kod betyder och hur du rättar felet står i `{DiagnosticsDoc}` i repot.",
            $"Every code, what it means and how to fix it: `{DiagnosticsDoc}` in the repository.").In(language));
        writer.WriteLine();
    }

    /// <summary>
    /// <paramref name="text"/> as one code span inside a table cell. The fence is one backtick longer than the
    /// longest run of backticks in the text, and padded with a space on each side (CommonMark strips one
    /// space from each side, so text that starts or ends with a backtick keeps it). Line breaks become spaces
    /// (a code span cannot hold a row's end) and every <c>|</c> is written <c>\|</c>, which GitHub's tables
    /// read as a pipe inside the cell even in a code span, so content can neither end the span nor the cell.
    /// </summary>
    public static string Code(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            .Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestBacktickRun(flat) + 1);
        return $"{fence} {flat} {fence}";
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
