using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The frozen 2024 content built once, with its search index written to disk, and the query set of
/// <see cref="SearchQuerySet"/> answered by src/search-index/query-index.mjs, the browser's code.
/// </summary>
public sealed class SearchIndexFixture : IDisposable
{
    public const int Top = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TestSite _site = SearchFiles.FrozenSite();

    public SearchIndexFixture()
    {
        var result = _site.BuildAndWrite();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the real content does not build:\n" + string.Join('\n', result.Diagnostics));
        }

        IndexPath = SearchFiles.IndexIn(_site.OutputDirectory, 2024);
        Answers = Ask([.. SearchQuerySet.All.Select(c => c.Query).Distinct()]).ToDictionary(a => a.Query, StringComparer.Ordinal);
    }

    public string IndexPath { get; }

    public IReadOnlyDictionary<string, QueryAnswer> Answers { get; }

    public IReadOnlyList<QueryAnswer> Ask(params string[] queries) =>
        JsonSerializer.Deserialize<List<QueryAnswer>>(NodeTools.Query(IndexPath, queries, Top), Json)!;

    public void Dispose() => _site.Dispose();
}
