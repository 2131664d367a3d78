namespace Lagesbild.Site.Diagnostics;

/// <summary>
/// One message in the editors' language (Swedish, plain language) and in English for developers.
/// Every diagnostic, hint and line of command output an editor can read is a phrase.
/// </summary>
public sealed record Phrase(string? Swedish, string English)
{
    /// <summary>Untranslated text, only until the search builder's messages are merged; then this goes.</summary>
    public static implicit operator Phrase(string english) => new(null, english);

    public bool HasSwedish => Swedish is not null;

    public string In(Language language) => language == Language.English || Swedish is null ? English : Swedish;

    public override string ToString() => In(Language.Swedish);
}
