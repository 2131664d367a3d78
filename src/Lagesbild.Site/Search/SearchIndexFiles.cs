using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Search;

/// <summary>
/// The search step of the build: per edition, its planned documents become the index file at the
/// path <see cref="SearchIndexPlan"/> gave it, which the search page and the header field fetch.
/// </summary>
public static class SearchIndexFiles
{
    public static bool IsIndexPath(string relativePath) => SearchIndexPlan.IsIndexPath(relativePath);

    public static List<OutputFile> Build(LunrIndexBuilder builder, SearchIndexPlan plan, DiagnosticBag diagnostics)
    {
        var indexes = builder.Build(plan.Editions, diagnostics);
        return indexes is null ? [] : [.. plan.Editions.Select((e, i) => new OutputFile(plan.Paths[e.Year], indexes[i]))];
    }
}
