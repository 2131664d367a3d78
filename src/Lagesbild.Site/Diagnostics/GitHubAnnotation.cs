namespace Lagesbild.Site.Diagnostics;

/// <summary>
/// A finding as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which the pull request shows on the line it names, under a readable title ("Bild utan alternativtext (LB212)").
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic, Language language = Language.Swedish)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var location = diagnostic.Location;
        var message = diagnostic.Hint is null ? diagnostic.Message.In(language) : $"{diagnostic.Message.In(language)} ({diagnostic.Hint.In(language)})";
        return $"::{command} file={Property(location.Path)},line={location.Line},col={location.Column},title={Property(DiagnosticTitles.Heading(diagnostic.Code, language))}::{Data(message)}";
    }

    /// <summary>The message part: the runner reads <c>%</c>, CR and LF as escapes or line ends.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as data, and <c>:</c> and <c>,</c> also end it, so they are escaped too.</summary>
    public static string Property(string value) =>
        Data(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
