using System.Text;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>The .NET side of the index: finding src/search-index, running Node, and failing clearly.</summary>
public sealed class LunrIndexBuilderTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("/2024/a/#inbrott", "Inbrott i bostad", "Brottsligheten", SearchDocument.SectionKind, "Antalet bostadsinbrott ökade till 1 047.", "", ""),
        new("/2024/a/#tabell-t", "Tabell", "Brottsligheten", SearchDocument.TableKind, "Källa: Polisen.", "Älvsjö · 230", "Inbrott i bostad"),
    ];

    [Fact]
    public void The_builder_is_found_from_content_copied_outside_the_repository()
    {
        using var site = TestSite.FromFrozenReport();
        var diagnostics = new DiagnosticBag();

        var builder = LunrIndexBuilder.Locate(site.ContentDirectory, site.LayoutsDirectory, diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(NodeTools.SearchIndexDirectory, builder!.Directory);
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes()
    {
        var builder = Locate();

        var first = builder.Build([new SearchEdition(2024, Documents, [])], new DiagnosticBag());
        var second = builder.Build([new SearchEdition(2024, Documents, [])], new DiagnosticBag());

        Assert.NotNull(first);
        Assert.Equal(first[0].Index, second![0].Index);
        Assert.Equal(first[0].Text, second[0].Text);
        Assert.Contains("\"u\":\"/2024/a/#inbrott\"", Encoding.UTF8.GetString(first[0].Index), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_editions_are_built_in_one_run_each_into_its_own_index()
    {
        var older = new SearchDocument("/2023/b/", "Rån", "Brottsligheten", SearchDocument.SectionKind, "Personrån i Fruängen.", "", "");

        var indexes = Locate().Build([new SearchEdition(2024, Documents, []), new SearchEdition(2023, [older], [])], new DiagnosticBag());

        Assert.Equal(2, indexes!.Count);
        Assert.Contains("/2024/a/#inbrott", Encoding.UTF8.GetString(indexes[0].Index), StringComparison.Ordinal);
        Assert.DoesNotContain("/2023/", Encoding.UTF8.GetString(indexes[0].Index), StringComparison.Ordinal);
        Assert.Contains("/2023/b/", Encoding.UTF8.GetString(indexes[1].Index), StringComparison.Ordinal);
        Assert.Contains("Personrån i Fruängen.", Encoding.UTF8.GetString(indexes[1].Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Personrån", Encoding.UTF8.GetString(indexes[0].Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_of_the_frozen_report_is_found_by_its_own_title()
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(SearchFiles.FrozenContent, diagnostics)!;
        var edition = SiteAssembler.Assemble(site, false, new UrlBuilder("/"), diagnostics).Editions.First();
        var documents = SearchDocumentCollector.Collect(edition);

        var output = NodeTools.Run(Path.Combine(NodeTools.SearchIndexDirectory, "build-index.mjs"), ["--check"],
            Encoding.UTF8.GetString(LunrIndexBuilder.Input([new SearchEdition(edition.Year, documents, [])])));

        Assert.Equal("1 index(es) expand back to lunr's serialisation and find every document by its title\n", output);
    }

    [Fact]
    public void The_runtime_bundles_lunr_its_swedish_support_and_the_shared_search_code()
    {
        var runtime = Encoding.UTF8.GetString(Locate().BuildRuntime(new DiagnosticBag())!);

        Assert.Contains("/* search-core.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("/* search-query.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("/* search-ranking.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("/* index-format.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("/* node_modules/lunr/lunr.min.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("lunr.sv", runtime, StringComparison.Ordinal);
        Assert.Contains("lunr.Index.load", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_leaves_out_our_comment_lines_but_keeps_the_code_after_them()
    {
        var code = "/*\n * Why.\n */\n(function () {\n  // how\n  var a = 1; // kept\n  /** One line. */\n  return a;\n}());";

        Assert.Equal("(function () {\n  var a = 1; // kept\n  return a;\n}());", LunrIndexBuilder.WithoutCommentLines(code));
    }

    [Fact]
    public void Without_Node_the_build_says_what_to_install()
    {
        var builder = LunrIndexBuilder.At(NodeTools.SearchIndexDirectory, "node-is-not-installed-here");
        var diagnostics = new DiagnosticBag();

        var indexes = builder.Build([new SearchEdition(2024, Documents, [])], diagnostics);

        Assert.Null(indexes);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.Search.NodeMissing, error.Code);
        Assert.Contains("Node.js", error.Message.English, StringComparison.Ordinal);
        Assert.Contains("install Node.js 20 or newer", error.Hint!.English, StringComparison.Ordinal);
    }

    private static LunrIndexBuilder Locate()
    {
        var diagnostics = new DiagnosticBag();
        return LunrIndexBuilder.Locate(RepoPaths.FrozenContent, RepoPaths.Layouts, diagnostics)
            ?? throw new Xunit.Sdk.XunitException(string.Join('\n', diagnostics.ToSortedArray()));
    }
}
