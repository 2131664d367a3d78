namespace Lagesbild.Site.Tests.Search;

/// <summary>One hit as the browser's query code returns it; the snippet marks matches as <c>[[word]]</c>.</summary>
public sealed record QueryHit(string Url, string Title, string Chapter, string Kind, int Matched, string Snippet);

/// <summary>A run of query words the thesaurus knows, and the synonyms whose hits were added.</summary>
public sealed record QueryExpansion(string Text, IReadOnlyList<string> Synonyms);

/// <summary>
/// The answer to one query: the first hits, how many there were, the synonyms it was widened
/// with, compounds split into parts, the correction whose hits these are when the query itself
/// had none, a suggestion when even that found nothing, and the words searched after the query
/// limits (<paramref name="Cut"/> when the limits left something out).
/// </summary>
public sealed record QueryAnswer(string Query, IReadOnlyList<QueryHit> Results, int Total, string? Suggestion,
    IReadOnlyList<QueryExpansion>? Expanded = null, IReadOnlyList<string>? Split = null, string? Corrected = null,
    string Searched = "", bool Cut = false)
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
