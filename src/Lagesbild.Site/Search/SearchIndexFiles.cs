using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Render;

namespace Lagesbild.Site.Search;

/// <summary>
/// The search step of the build: per edition, its documents become <c>&lt;year&gt;/sok/index.json</c>,
/// which the search page and the header field fetch (layouts spell the same path).
/// </summary>
public static class SearchIndexFiles
{
    public static string PathOf(int year) => $"{year}/sok/index.json";

    public static bool IsIndexPath(string relativePath) =>
        relativePath.EndsWith("/sok/index.json", StringComparison.Ordinal);

    public static List<OutputFile> Build(LunrIndexBuilder builder, IReadOnlyList<Edition> editions, UrlBuilder urls, DiagnosticBag diagnostics, string? cacheDirectory = null)
    {
        var input = editions.Select(e => new SearchEdition(e.Year, SearchDocumentCollector.Collect(e, urls))).ToList();
        var indexes = SearchIndexCache.Build(builder, input, cacheDirectory, diagnostics);
        return indexes is null ? [] : [.. editions.Select((e, i) => new OutputFile(PathOf(e.Year), indexes[i]))];
    }
}
