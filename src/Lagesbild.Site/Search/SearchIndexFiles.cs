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

    public static List<OutputFile> Build(LunrIndexBuilder builder, IEnumerable<Edition> editions, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        foreach (var edition in editions)
        {
            var documents = SearchDocumentCollector.Collect(edition, urls);
            if (builder.Build(edition.Year, documents, diagnostics) is { } index)
            {
                files.Add(new OutputFile(PathOf(edition.Year), index));
            }
        }

        return files;
    }
}
