namespace Lagesbild.Site.Diagnostics;

/// <summary>One finding about the content, with where it is and how to fix it, in Swedish and English.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, Phrase Message, Phrase? Hint = null)
{
    /// <summary>
    /// The compiler-style line editors and CI logs understand: <c>path:line:col: error: message (hint) [code]</c>.
    /// <c>error</c>/<c>warning</c> stay English in both languages, because tools parse them.
    /// </summary>
    public string Format(Language language)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint.In(language)})";
        return $"{Location}: {severity}: {Message.In(language)}{hint} [{Code}]";
    }

    public override string ToString() => Format(Language.Swedish);
}
