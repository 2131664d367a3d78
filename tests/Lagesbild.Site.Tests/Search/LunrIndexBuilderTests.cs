using System.Text;
using Lagesbild.Site.Diagnostics;
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
        using var site = TestSite.FromRepository();
        var diagnostics = new DiagnosticBag();

        var builder = LunrIndexBuilder.Locate(site.ContentDirectory, site.LayoutsDirectory, diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(NodeTools.SearchIndexDirectory, builder!.Directory);
    }

    [Fact]
    public void The_same_documents_give_the_same_bytes()
    {
        var builder = Locate();

        var first = builder.Build(2024, Documents, new DiagnosticBag());
        var second = builder.Build(2024, Documents, new DiagnosticBag());

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Contains("\"u\":\"/2024/a/#inbrott\"", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_bundles_lunr_swedish_and_the_shared_search_code()
    {
        var runtime = Encoding.UTF8.GetString(Locate().BuildRuntime(new DiagnosticBag())!);

        Assert.Contains("/* search-core.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("/* search-query.js */", runtime, StringComparison.Ordinal);
        Assert.Contains("lunr.sv", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Node_the_build_says_what_to_install()
    {
        var builder = LunrIndexBuilder.At(NodeTools.SearchIndexDirectory, "node-is-not-installed-here");
        var diagnostics = new DiagnosticBag();

        var index = builder.Build(2024, Documents, diagnostics);

        Assert.Null(index);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.Search.NodeMissing, error.Code);
        Assert.Contains("Node.js", error.Message, StringComparison.Ordinal);
        Assert.Contains("install Node.js 20 or newer", error.Hint, StringComparison.Ordinal);
    }

    private static LunrIndexBuilder Locate()
    {
        var diagnostics = new DiagnosticBag();
        return LunrIndexBuilder.Locate(RepoPaths.Content, RepoPaths.Layouts, diagnostics)
            ?? throw new Xunit.Sdk.XunitException(string.Join('\n', diagnostics.ToSortedArray()));
    }
}
