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
