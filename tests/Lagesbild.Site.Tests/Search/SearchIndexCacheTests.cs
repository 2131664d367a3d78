using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The search index cache saves Node runs but must never serve an index that Node would not write
/// now. A builder whose Node is missing shows which editions still went to Node: it fails exactly
/// when the cache did not answer.
/// </summary>
public sealed class SearchIndexCacheTests : IDisposable
{
    private static readonly SearchDocument Inbrott =
        new("/2024/a/#inbrott", "Inbrott i bostad", "Brottsligheten", SearchDocument.SectionKind, "Antalet bostadsinbrott ökade till 1 047.", "", "");

    private static readonly SearchDocument Ran =
        new("/2023/b/", "Rån", "Brottsligheten", SearchDocument.SectionKind, "Personrån i Fruängen.", "", "");

    private readonly TempDirectory _cache = new();

    private static LunrIndexBuilder WithoutNode => LunrIndexBuilder.At(NodeTools.SearchIndexDirectory, "node-is-not-installed-here");

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void An_unchanged_edition_is_served_from_the_cache_with_the_bytes_node_wrote()
    {
        var editions = new[] { new SearchEdition(2024, [Inbrott], []), new SearchEdition(2023, [Ran], []) };
        var built = SearchIndexCache.Build(Real(), editions, _cache.Path, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();

        var cached = SearchIndexCache.Build(WithoutNode, editions, _cache.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(Bytes(Real().Build(editions, new DiagnosticBag())), Bytes(built));
        Assert.Equal(Bytes(built), Bytes(cached));
    }

    [Fact]
    public void A_changed_document_goes_to_node_again()
    {
        SearchIndexCache.Build(Real(), [new SearchEdition(2024, [Inbrott], [])], _cache.Path, new DiagnosticBag());
        var changed = Inbrott with { Body = "Antalet bostadsinbrott minskade till 950." };
        var diagnostics = new DiagnosticBag();

        var indexes = SearchIndexCache.Build(WithoutNode, [new SearchEdition(2024, [changed], [])], _cache.Path, diagnostics);

        Assert.Null(indexes);
        Assert.Equal(DiagnosticCodes.Search.NodeMissing, Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    [Fact]
    public void Only_the_editions_missing_from_the_cache_go_to_node()
    {
        SearchIndexCache.Build(Real(), [new SearchEdition(2023, [Ran], [])], _cache.Path, new DiagnosticBag());
        var editions = new[] { new SearchEdition(2024, [Inbrott], []), new SearchEdition(2023, [Ran], []) };

        var indexes = SearchIndexCache.Build(Real(), editions, _cache.Path, new DiagnosticBag());

        Assert.Equal(Bytes(Real().Build(editions, new DiagnosticBag())), Bytes(indexes));
        Assert.Equal(2, Directory.GetFiles(_cache.Path, "*.json").Length);
    }

    [Fact]
    public void A_damaged_entry_is_ignored_and_rebuilt()
    {
        var editions = new[] { new SearchEdition(2024, [Inbrott], []) };
        var built = SearchIndexCache.Build(Real(), editions, _cache.Path, new DiagnosticBag());
        var entry = Assert.Single(Directory.GetFiles(_cache.Path, "*.json"));
        var bytes = File.ReadAllBytes(entry);
        bytes[^2] ^= 0x20; // one letter of the index changes case
        File.WriteAllBytes(entry, bytes);

        var withoutNode = new DiagnosticBag();
        Assert.Null(SearchIndexCache.Build(WithoutNode, editions, _cache.Path, withoutNode));
        Assert.Equal(DiagnosticCodes.Search.NodeMissing, Assert.Single(withoutNode.ToSortedArray()).Code);

        File.WriteAllText(entry, "not an entry");
        Assert.Equal(Bytes(built), Bytes(SearchIndexCache.Build(Real(), editions, _cache.Path, new DiagnosticBag())));
        Assert.Equal(Bytes(built), Bytes(SearchIndexCache.Build(WithoutNode, editions, _cache.Path, new DiagnosticBag())));
    }

    [Fact]
    public void A_change_to_the_builder_or_its_package_versions_changes_the_key()
    {
        using var copy = new TempDirectory();
        foreach (var file in new[] { "build-index.mjs", "search-core.js", "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(NodeTools.SearchIndexDirectory, file), copy.Combine(file));
        }

        Assert.Null(SearchIndexCache.Fingerprint(copy.Path)); // without npm's record nothing pins the versions
        Directory.CreateDirectory(copy.Combine("node_modules"));
        File.Copy(Path.Combine(NodeTools.SearchIndexDirectory, "node_modules", ".package-lock.json"), copy.Combine("node_modules", ".package-lock.json"));
        var original = SearchIndexCache.Fingerprint(copy.Path);

        File.AppendAllText(copy.Combine("search-core.js"), "\n// changed\n");
        var scriptChanged = SearchIndexCache.Fingerprint(copy.Path);
        File.AppendAllText(copy.Combine("node_modules", ".package-lock.json"), " ");
        var packagesChanged = SearchIndexCache.Fingerprint(copy.Path);

        Assert.NotNull(original);
        Assert.NotEqual(original, scriptChanged);
        Assert.NotEqual(scriptChanged, packagesChanged);
    }

    [Fact]
    public void A_build_with_a_cache_writes_the_same_site_as_one_without()
    {
        using var site = TestSite.FromRepository();
        var plain = SiteBuilder.Build(site.Options());
        var options = site.Options() with { SearchIndexCacheDirectory = _cache.Path };

        var first = SiteBuilder.Build(options);
        var second = SiteBuilder.Build(options);

        Assert.True(plain.Succeeded);
        Assert.NotEmpty(Directory.GetFiles(_cache.Path, "*.json"));
        foreach (var result in new[] { first, second })
        {
            Assert.Equal(plain.Files.Select(f => f.RelativePath), result.Files.Select(f => f.RelativePath));
            Assert.All(plain.Files.Zip(result.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        }
    }

    /// <summary>Each edition's index and text file as text, so two builds compare by their bytes.</summary>
    private static string[] Bytes(IReadOnlyList<SearchIndexOutput>? outputs)
    {
        Assert.NotNull(outputs);
        return [.. outputs.SelectMany(o => new[] { Convert.ToBase64String(o.Index), Convert.ToBase64String(o.Text) })];
    }

    private static LunrIndexBuilder Real()
    {
        var diagnostics = new DiagnosticBag();
        return LunrIndexBuilder.Locate(RepoPaths.Content, RepoPaths.Layouts, diagnostics)
            ?? throw new Xunit.Sdk.XunitException(string.Join('\n', diagnostics.ToSortedArray()));
    }
}
