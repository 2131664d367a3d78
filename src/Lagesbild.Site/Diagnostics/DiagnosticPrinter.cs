namespace Lagesbild.Site.Diagnostics;

/// <summary>Prints findings as <c>path:line:col: fel: message</c> lines (or GitHub annotations), errors first, and a count at the end.</summary>
public static class DiagnosticPrinter
{
    /// <summary>
    /// Prints the findings and, when there are any and <paramref name="countLine"/> is true, a last line that counts
    /// both kinds. A caller that ends with a line of its own (check's "Inga fel, 3 varningar: 35 sidor …") passes false.
    /// </summary>
    public static void Print(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter writer, DiagnosticFormat format = DiagnosticFormat.Text,
        Language language = Language.Swedish, bool countLine = true)
    {
        foreach (var diagnostic in Ordered(diagnostics))
        {
            writer.WriteLine(format == DiagnosticFormat.GitHub ? GitHubAnnotation.Format(diagnostic, language) : diagnostic.Format(language));
        }

        if (diagnostics.Count > 0 && countLine)
        {
            writer.WriteLine(Count(diagnostics).In(language));
        }
    }

    /// <summary>Errors before warnings, the order otherwise kept (callers pass findings already in file order).</summary>
    public static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1);

    /// <summary>"2 fel, 10 varningar", "Inga fel, 1 varning", "Inga fel och inga varningar": always both kinds.</summary>
    public static Phrase Count(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (errors == 0 && warnings == 0)
        {
            return new("Inga fel och inga varningar", "No errors and no warnings");
        }

        var swedishErrors = errors == 0 ? "Inga fel" : $"{errors} fel";
        var englishErrors = errors switch { 0 => "No errors", 1 => "1 error", _ => $"{errors} errors" };
        var swedishWarnings = warnings switch { 0 => "inga varningar", 1 => "1 varning", _ => $"{warnings} varningar" };
        var englishWarnings = warnings switch { 0 => "no warnings", 1 => "1 warning", _ => $"{warnings} warnings" };
        return new($"{swedishErrors}, {swedishWarnings}", $"{englishErrors}, {englishWarnings}");
    }
}
