namespace Lagesbild.Site.Search;

/// <summary>What build-index.mjs reads on stdin: every edition's year and documents.</summary>
public sealed record SearchIndexInput(IReadOnlyList<SearchEdition> Editions);
