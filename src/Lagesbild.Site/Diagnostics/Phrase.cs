namespace Lagesbild.Site.Diagnostics;

/// <summary>
/// One message in the editors' language (Swedish, plain language) and in English for developers.
/// Every diagnostic, hint and line of command output an editor can read is a phrase.
/// </summary>
public sealed record Phrase(string Swedish, string English)
{
    public string In(Language language) => language == Language.English ? English : Swedish;

    public override string ToString() => In(Language.Swedish);
}
