using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Render;
using Lagesbild.Site.Thesaurus;

namespace Lagesbild.Site.Search;

/// <summary>
/// What the search step will write, decided before the pages render: each edition's documents and
/// synonyms, and the fingerprinted path of its index file. The fingerprint is a hash of exactly
/// what build-index.mjs reads (the edition's input and the script), so the pages can name the file
/// while Node is still writing it, and a deploy never pairs new pages with an old index. The text
/// file (the snippets' text, fetched after the index) shares the fingerprint; the index names it.
/// </summary>
public sealed record SearchIndexPlan(ImmutableArray<SearchEdition> Editions, ImmutableDictionary<int, string> Paths, ImmutableDictionary<int, string> TextPaths)
{
    /// <summary>The index file of an edition: the one place that spells the path (pages and editions.json get it from here).</summary>
    public static string PathOf(int year, string fingerprint) => $"{year}/sok/index.{fingerprint}.json";

    /// <summary>The text file of an edition, in the folder of its index file (which names it to the browser).</summary>
    public static string TextPathOf(int year, string fingerprint) => $"{year}/sok/text.{fingerprint}.json";

    /// <summary>The path of the text file an index file's content names (build-index.mjs writes the name), or null.</summary>
    public static string? TextPathNamedBy(string indexPath, byte[] index)
    {
        try
        {
            using var json = JsonDocument.Parse(index);
            return json.RootElement.TryGetProperty("text", out var name) && name.ValueKind == JsonValueKind.String
                ? indexPath[..(indexPath.LastIndexOf('/') + 1)] + name.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a site path is an edition's index file.</summary>
    public static bool IsIndexPath(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length == 3 && parts[1] == "sok" && parts[2].StartsWith("index.", StringComparison.Ordinal) && parts[2].EndsWith(".json", StringComparison.Ordinal);
    }

    public static SearchIndexPlan Create(IReadOnlyList<Edition> editions, SiteThesaurus thesaurus, UrlBuilder urls, LunrIndexBuilder? builder, DiagnosticBag diagnostics)
    {
        var inputs = editions.Select(e => new SearchEdition(e.Year, SearchDocumentCollector.Collect(e, urls), thesaurus.GroupsFor(e.Year))).ToImmutableArray();
        SynonymUsage.Report(thesaurus, inputs, diagnostics);
        // check builds no index (builder null): the names then only have to be stable, not exact.
        var script = builder?.ScriptBytes() ?? [];
        var fingerprints = inputs.ToImmutableDictionary(e => e.Year, e => Fingerprint(e, script));
        var named = inputs.Select(e => e with { TextFile = Path.GetFileName(TextPathOf(e.Year, fingerprints[e.Year])) }).ToImmutableArray();
        return new SearchIndexPlan(
            named,
            fingerprints.ToImmutableDictionary(f => f.Key, f => PathOf(f.Key, f.Value)),
            fingerprints.ToImmutableDictionary(f => f.Key, f => TextPathOf(f.Key, f.Value)));
    }

    /// <summary>The URL of each edition's index file, for the pages and editions.json.</summary>
    public IReadOnlyDictionary<int, string> Urls(UrlBuilder urls) => Paths.ToImmutableDictionary(p => p.Key, p => urls.File(p.Value));

    private static string Fingerprint(SearchEdition edition, byte[] script)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new SearchIndexInput([edition]), SearchJson.Default.SearchIndexInput));
        hash.AppendData(script);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
