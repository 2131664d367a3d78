using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Search;

/// <summary>
/// The search step of the build: per edition, its planned documents become the index file and the
/// text file at the paths <see cref="SearchIndexPlan"/> gave them; the search page and the header
/// field fetch the index, then the text file it names.
/// </summary>
public static class SearchIndexFiles
{
    public static List<OutputFile> Build(LunrIndexBuilder builder, SearchIndexPlan plan, DiagnosticBag diagnostics, string? cacheDirectory = null)
    {
        var indexes = SearchIndexCache.Build(builder, plan.Editions, cacheDirectory, diagnostics);
        return indexes is null ? [] : [.. plan.Editions.SelectMany((e, i) => new[]
        {
            new OutputFile(plan.Paths[e.Year], indexes[i].Index),
            new OutputFile(plan.TextPaths[e.Year], indexes[i].Text),
        })];
    }
}
