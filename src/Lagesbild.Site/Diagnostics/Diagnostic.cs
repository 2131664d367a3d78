namespace Lagesbild.Site.Diagnostics;

/// <summary>One finding about the content, with where it is and how to fix it, in Swedish and English.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, Phrase Message, Phrase? Hint = null)
{
    /// <summary>
    /// The compiler-style line editors and CI logs understand: <c>path:line:col: fel: message (hint) [code]</c>,
    /// with <c>error</c>/<c>warning</c> in English. Tools key on the shape and the stable <c>[LBnnn]</c> code,
    /// so the severity word can be in the reader's language.
    /// </summary>
    public string Format(Language language)
    {
        var hint = Hint is null ? "" : $" ({Hint.In(language)})";
        return $"{Location}: {SeverityWord(Severity, language)}: {Message.In(language)}{hint} [{Code}]";
    }

    /// <summary><c>fel</c>/<c>varning</c> in Swedish, <c>error</c>/<c>warning</c> in English.</summary>
    public static string SeverityWord(Severity severity, Language language) => (severity, language) switch
    {
        (Severity.Error, Language.English) => "error",
        (Severity.Error, _) => "fel",
        (_, Language.English) => "warning",
        _ => "varning",
    };

    public override string ToString() => Format(Language.Swedish);
}
