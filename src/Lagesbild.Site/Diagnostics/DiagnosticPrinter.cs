namespace Lagesbild.Site.Diagnostics;

/// <summary>Prints findings as <c>path:line:col: error: message</c> lines (or GitHub annotations) and a count at the end.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyCollection<Diagnostic> diagnostics, TextWriter writer, DiagnosticFormat format = DiagnosticFormat.Text, Language language = Language.Swedish)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(format == DiagnosticFormat.GitHub ? GitHubAnnotation.Format(diagnostic, language) : diagnostic.Format(language));
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            writer.WriteLine(language == Language.English
                ? $"{errors} error(s), {warnings} warning(s)"
                : $"{errors} fel, {warnings} {(warnings == 1 ? "varning" : "varningar")}");
        }
    }
}
