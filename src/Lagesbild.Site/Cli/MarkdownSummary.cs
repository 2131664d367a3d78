using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>
/// Every finding as one Markdown table, for a pull request's job summary (<c>$GITHUB_STEP_SUMMARY</c>):
/// GitHub shows at most ten annotations of each kind per step, the summary shows them all.
/// </summary>
public static class MarkdownSummary
{
    public static void Write(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter writer, Language language = Language.Swedish)
    {
        var english = language == Language.English;
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        writer.WriteLine(english ? "## Content check" : "## Kontroll av innehållet");
        writer.WriteLine();
        if (diagnostics.Count == 0)
        {
            writer.WriteLine(english ? "No errors and no warnings." : "Inga fel och inga varningar.");
            writer.WriteLine();
            return;
        }

        writer.WriteLine(english ? $"{errors} error(s), {warnings} warning(s)." : $"{errors} fel, {warnings} {(warnings == 1 ? "varning" : "varningar")}.");
        writer.WriteLine();
        writer.WriteLine(english ? "| | File | Line | Column | What is wrong | How to fix it | Code |" : "| | Fil | Rad | Tecken | Vad är fel | Så rättar du | Kod |");
        writer.WriteLine("|---|---|---:|---:|---|---|---|");
        foreach (var d in diagnostics)
        {
            var kind = d.Severity == Severity.Error ? (english ? "❌ error" : "❌ fel") : (english ? "⚠️ warning" : "⚠️ varning");
            writer.WriteLine($"| {kind} | `{Cell(d.Location.Path)}` | {d.Location.Line} | {d.Location.Column} | {Cell(d.Message.In(language))} | {Cell(d.Hint?.In(language) ?? "")} | {d.Code} |");
        }

        writer.WriteLine();
    }

    /// <summary>A table cell: a pipe would end the cell and a line break the row.</summary>
    public static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal)
            .Replace("\n", "<br>", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("&lt;br>", "<br>", StringComparison.Ordinal);
}
