using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;
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

    /// <summary>The documents of every edition the site plan builds, and the paths of their files (<see cref="SitePaths"/>).</summary>
    public static SearchIndexPlan Create(SitePlan plan, SiteThesaurus thesaurus, LunrIndexBuilder? builder, DiagnosticBag diagnostics)
    {
        var inputs = plan.Editions.Select(e => new SearchEdition(e.Year, SearchDocumentCollector.Collect(e), thesaurus.GroupsFor(e.Year))).ToImmutableArray();
        SynonymUsage.Report(thesaurus, inputs, diagnostics);
        // check builds no index (builder null): the names then only have to be stable, not exact.
        var script = builder?.ScriptBytes() ?? [];
        var fingerprints = inputs.ToImmutableDictionary(e => e.Year, e => Fingerprint(e, script));
        var named = inputs.Select(e => e with { TextFile = Path.GetFileName(SitePaths.SearchText(e.Year, fingerprints[e.Year])) }).ToImmutableArray();
        return new SearchIndexPlan(
            named,
            fingerprints.ToImmutableDictionary(f => f.Key, f => SitePaths.SearchIndex(f.Key, f.Value)),
            fingerprints.ToImmutableDictionary(f => f.Key, f => SitePaths.SearchText(f.Key, f.Value)));
    }

    private static string Fingerprint(SearchEdition edition, byte[] script)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new SearchIndexInput([edition]), SearchJson.Default.SearchIndexInput));
        hash.AppendData(script);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
