namespace Lagesbild.Site.Search;

/// <summary>An edition's year, its search documents and its synonym groups, as build-index.mjs takes them.</summary>
public sealed record SearchEdition(int Year, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    /// <summary>
    /// The name of the edition's text file (the snippets' text), next to its index file, which
    /// names it so the browser can fetch it after the index (<see cref="SearchStage"/> sets it).
    /// </summary>
    public string TextFile { get; init; } = "text.json";
}
