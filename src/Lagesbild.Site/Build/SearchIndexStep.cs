using Lagesbild.Site.Search;

namespace Lagesbild.Site.Build;

/// <summary>
/// What the index stage needs: the Node builder that was found, the planned documents and paths,
/// and the cache of earlier indexes (null: Node builds every one).
/// </summary>
public sealed record SearchIndexStep(LunrIndexBuilder Builder, SearchIndexPlan Plan, string? CacheDirectory = null);
