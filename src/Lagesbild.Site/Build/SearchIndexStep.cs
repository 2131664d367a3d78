using Lagesbild.Site.Search;

namespace Lagesbild.Site.Build;

/// <summary>What the index stage needs: the Node builder that was found and the planned documents and paths.</summary>
public sealed record SearchIndexStep(LunrIndexBuilder Builder, SearchIndexPlan Plan);
