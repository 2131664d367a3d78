namespace Lagesbild.Site.Diagnostics;

/// <summary>One finding about the content, with where it is and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    /// <summary>The compiler-style line editors and CI logs understand: <c>path:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return $"{Location}: {severity}: {Message}{hint} [{Code}]";
    }
}
