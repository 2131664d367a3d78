using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Model.Thesaurus;

namespace Lagesbild.Site.Tests.Search.LunrEquality;

/// <summary>
/// lunr.js as the reference for the C# builder: build-index.mjs for whole indexes, and
/// tests/tools/lunr-reference.mjs for lunr-languages' stemmer and search-core.js's words and terms.
/// </summary>
public static class LunrReference
{
    private static readonly Lazy<ImmutableArray<SearchEdition>> Frozen = new(LoadFrozen);

    /// <summary>The frozen 2024 report's search documents and synonyms, as a build plans them.</summary>
    public static SearchEdition FrozenEdition => Frozen.Value.Single();

    /// <summary>The index and text file of each edition, from one run of build-index.mjs.</summary>
    public static IReadOnlyList<(string Index, string Text)> Build(IReadOnlyList<SearchEdition> editions)
    {
        var output = NodeTools.Run(Path.Combine(NodeTools.SearchIndexDirectory, "build-index.mjs"), [],
            Encoding.UTF8.GetString(Input(editions)), TimeSpan.FromMinutes(5));
        var lines = output.Split('\n');
        Assert.Equal((2 * editions.Count) + 1, lines.Length);
        return [.. editions.Select((_, i) => (lines[2 * i], lines[(2 * i) + 1]))];
    }

    /// <summary>What build-index.mjs reads on stdin: every edition's documents.</summary>
    public static byte[] Input(IReadOnlyList<SearchEdition> editions) =>
        JsonSerializer.SerializeToUtf8Bytes(new SearchIndexInput(editions), SearchJson.Default.SearchIndexInput);

    /// <summary>What lunr.sv.stemmer makes of each word.</summary>
    public static string[] Stems(IReadOnlyList<string> words) =>
        JsonSerializer.Deserialize<string[]>(Tool("stems", JsonSerializer.Serialize(words)))!;

    /// <summary>Per text, search-core.js's words: start, end, normalised form and index terms.</summary>
    public static JsonElement Words(IReadOnlyList<string> texts) =>
        JsonSerializer.Deserialize<JsonElement>(Tool("words", JsonSerializer.Serialize(texts)));

    /// <summary>Every word of dictionary-sv (a Hunspell Swedish dictionary from npm), without its affix flags.</summary>
    public static string[] DictionaryWords()
    {
        NodeTools.EnsureTestToolsInstalled();
        return JsonSerializer.Deserialize<string[]>(Tool("dictionary", null))!;
    }

    private static string Tool(string mode, string? input) =>
        NodeTools.Run(Path.Combine(NodeTools.TestToolsDirectory, "lunr-reference.mjs"), [mode], input, TimeSpan.FromMinutes(5));

    private static ImmutableArray<SearchEdition> LoadFrozen()
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(SearchFiles.FrozenContent, diagnostics)!;
        var thesaurus = site.Thesaurus;
        var plan = SiteAssembler.Assemble(site, false, new UrlBuilder("/"), diagnostics);
        return [.. plan.Editions.Select(e => new SearchEdition(e.Year, SearchDocumentCollector.Collect(e), thesaurus.GroupsFor(e.Year)) { TextFile = "text.0123456789.json" })];
    }
}
