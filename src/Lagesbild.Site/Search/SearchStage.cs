using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lagesbild.Search.Lunr;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Model.Thesaurus;

namespace Lagesbild.Site.Search;

/// <summary>
/// The search stage: from the site plan, one <see cref="SearchPlan"/> (<c>Plan</c>), and
/// from that the index and text file of every edition (<see cref="Index"/>), built in this process
/// by <see cref="LunrIndexWriter"/>, the C# builder the tests hold byte-equal to lunr.js.
/// </summary>
public static class SearchStage
{
    public static SearchPlan Plan(SitePlan plan, SiteThesaurus thesaurus, SearchMode mode)
    {
        var inputs = plan.Editions.Select(e => new SearchEdition(e.Year, SearchDocumentCollector.Collect(e), thesaurus.GroupsFor(e.Year))).ToImmutableArray();
        return Plan(inputs, mode);
    }

    /// <summary>The plan for editions whose documents are collected: their files' fingerprinted names.</summary>
    public static SearchPlan Plan(ImmutableArray<SearchEdition> inputs, SearchMode mode)
    {
        var runtime = SearchRuntime.Script;
        var fingerprints = inputs.ToImmutableDictionary(e => e.Year, e => Fingerprint(e, runtime));
        var named = inputs.Select(e => e with { TextFile = Path.GetFileName(SitePaths.SearchText(e.Year, fingerprints[e.Year])) }).ToImmutableArray();
        return new SearchPlan(
            named,
            fingerprints.ToImmutableDictionary(f => f.Key, f => SitePaths.SearchIndex(f.Key, f.Value)),
            fingerprints.ToImmutableDictionary(f => f.Key, f => SitePaths.SearchText(f.Key, f.Value)),
            runtime,
            mode);
    }

    /// <summary>Every edition's index and text file, at the paths the plan gave them.</summary>
    public static ImmutableArray<OutputFile> Index(SearchPlan plan)
    {
        var editions = plan.Editions;
        var outputs = new LunrIndexFiles[editions.Length];
        // Editions in parallel, one writer (and its stem cache) per thread.
        Parallel.For(0, editions.Length, () => new LunrIndexWriter(), (i, _, writer) =>
        {
            outputs[i] = writer.Write(ToInput(editions[i]));
            return writer;
        }, _ => { });
        return [.. editions.SelectMany((e, i) => new[]
        {
            new OutputFile(plan.IndexPaths[e.Year], outputs[i].Index),
            new OutputFile(plan.TextPaths[e.Year], outputs[i].Text),
        })];
    }

    /// <summary>An edition as the C# builder takes it: the fields build-index.mjs reads.</summary>
    public static LunrIndexInput ToInput(SearchEdition edition) =>
        new([.. edition.Documents.Select(d => new LunrDocument(d.Url, d.Title, d.Chapter, d.Kind, d.Body, d.Table, d.Context))], edition.Synonyms, edition.TextFile);

    /// <summary>
    /// The name of an edition's files: a hash of exactly what the index is built from (the
    /// edition's documents and synonyms), the index format's version and the runtime that reads it,
    /// so the pages can name the file before it is built and a deploy never pairs new pages with an
    /// old index.
    /// </summary>
    private static string Fingerprint(SearchEdition edition, byte[] runtime)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(new SearchIndexInput([edition]), SearchJson.Default.SearchIndexInput));
        hash.AppendData(Encoding.UTF8.GetBytes(LunrIndexWriter.FormatVersion));
        hash.AppendData(runtime);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
