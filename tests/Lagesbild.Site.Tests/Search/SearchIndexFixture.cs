using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The frozen 2024 report built once, with its search index written to disk, and the query set of
/// <see cref="SearchQuerySet"/> answered by src/search-index/query-index.mjs, the browser's code.
/// </summary>
public sealed class SearchIndexFixture
{
    public const int Top = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public SearchIndexFixture()
    {
        IndexPath = SearchFiles.IndexIn(SharedBuilds.FrozenOnDisk.Directory, 2024);
        Answers = Ask([.. SearchQuerySet.All.Select(c => c.Query).Distinct()]).ToDictionary(a => a.Query, StringComparer.Ordinal);
    }

    public string IndexPath { get; }

    public IReadOnlyDictionary<string, QueryAnswer> Answers { get; }

    public IReadOnlyList<QueryAnswer> Ask(params string[] queries) =>
        JsonSerializer.Deserialize<List<QueryAnswer>>(NodeTools.Query(IndexPath, queries, Top), Json)!;
}
