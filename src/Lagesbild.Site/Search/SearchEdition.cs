namespace Lagesbild.Site.Search;

/// <summary>An edition's year, its search documents and its synonym groups, as build-index.mjs takes them.</summary>
public sealed record SearchEdition(int Year, IReadOnlyList<SearchDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms);
