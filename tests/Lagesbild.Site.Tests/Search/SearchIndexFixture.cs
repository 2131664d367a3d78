using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>One hit as the browser's query code returns it; the snippet marks matches as <c>[[word]]</c>.</summary>
public sealed record QueryHit(string Url, string Title, string Chapter, string Kind, int Matched, string Snippet);

/// <summary>The answer to one query: the first hits, how many there were, and a suggestion when none.</summary>
public sealed record QueryAnswer(string Query, IReadOnlyList<QueryHit> Results, int Total, string? Suggestion)
{
    /// <summary>The 1-based rank of the first hit among <paramref name="paths"/> (under /2024/), or null.</summary>
    public int? RankOf(IEnumerable<string> paths)
    {
        var urls = paths.Select(p => "/2024/" + p).ToHashSet(StringComparer.Ordinal);
        var index = Results.ToList().FindIndex(r => urls.Contains(r.Url));
        return index < 0 ? null : index + 1;
    }

    public string Describe() =>
        $"\"{Query}\" ({Total} hits): " + string.Join("; ", Results.Select((r, i) => $"{i + 1}. {r.Url} [{r.Matched}]"));
}

/// <summary>
/// The real content built once, with its search index written to disk, and the query set of
/// <see cref="SearchQuerySet"/> answered by src/search-index/query-index.mjs, the browser's code.
/// </summary>
public sealed class SearchIndexFixture : IDisposable
{
    public const int Top = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TestSite _site = TestSite.FromRepository();

    public SearchIndexFixture()
    {
        var result = _site.BuildAndWrite();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the real content does not build:\n" + string.Join('\n', result.Diagnostics));
        }

        IndexPath = Path.Combine(_site.OutputDirectory, "2024", "sok", "index.json");
        Answers = Ask([.. SearchQuerySet.All.Select(c => c.Query).Distinct()]).ToDictionary(a => a.Query, StringComparer.Ordinal);
    }

    public string IndexPath { get; }

    public IReadOnlyDictionary<string, QueryAnswer> Answers { get; }

    public IReadOnlyList<QueryAnswer> Ask(params string[] queries) =>
        JsonSerializer.Deserialize<List<QueryAnswer>>(NodeTools.Query(IndexPath, queries, Top), Json)!;

    public void Dispose() => _site.Dispose();
}
