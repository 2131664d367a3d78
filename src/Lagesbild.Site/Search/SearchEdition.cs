namespace Lagesbild.Site.Search;

/// <summary>An edition's year and its search documents, as build-index.mjs takes them.</summary>
public sealed record SearchEdition(int Year, IReadOnlyList<SearchDocument> Documents);
