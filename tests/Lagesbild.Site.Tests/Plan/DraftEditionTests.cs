using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>Drafts are built only with --drafts, say so on every page, and stay out of everything published.</summary>
public sealed class DraftEditionTests
{
    [Fact]
    public void A_published_build_leaves_the_draft_out_entirely()
    {
        var result = EditionSite.Published;

        Assert.DoesNotContain(result.Paths(), p => p.StartsWith("2024/", StringComparison.Ordinal));
        Assert.Equal("Lägesbild 2023", result.Page("index.html").QuerySelector("main h1")!.NormalizedText());
        Assert.DoesNotContain("2024", result.Text("editions.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("2024", result.Page("utgavor/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/2023/brottsligheten/", result.Page("senaste/brottsligheten/index.html").QuerySelector("a[data-redirect]")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_of_a_draft_carries_the_banner_and_asks_not_to_be_indexed()
    {
        var result = EditionSite.WithDrafts;

        var pages = result.Paths().Where(p => p.StartsWith("2024/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2024/brottsligheten/index.html", "2024/index.html", "2024/inledning/index.html", "2024/sok/index.html", "2024/utskrift/index.html"], pages.Order(StringComparer.Ordinal));
        foreach (var path in pages)
        {
            var page = result.Page(path);
            Assert.StartsWith("Utkast – inte publicerad.", page.QuerySelector(".draft-banner")!.NormalizedText(), StringComparison.Ordinal);
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.True(page.QuerySelector("nav.edition-switcher")!.HasAttribute("data-draft"));
        }

        foreach (var path in result.Paths().Where(p => p.StartsWith("2023/", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Null(result.Page(path).QuerySelector(".draft-banner, meta[name=robots]"));
        }
    }

    [Fact]
    public void A_drafts_build_keeps_the_draft_out_of_the_site_root_senaste_and_editions_json()
    {
        var result = EditionSite.WithDrafts;

        Assert.Equal("Lägesbild 2023", result.Page("index.html").QuerySelector("main h1")!.NormalizedText());
        Assert.Equal("2023", result.Page("index.html").QuerySelector("nav.edition-switcher")!.GetAttribute("data-year"));
        Assert.Equal(2023, result.Json("editions.json").GetProperty("latest").GetInt32());
        Assert.DoesNotContain("2024", result.Text("editions.json"), StringComparison.Ordinal);
        Assert.All(result.Paths().Where(p => p.StartsWith("senaste/", StringComparison.Ordinal)),
            p => Assert.DoesNotContain("/2024/", result.Text(p), StringComparison.Ordinal));

        // The editions page of a preview build shows the draft, marked, so previewers can find it.
        var draft = result.Page("utgavor/index.html").QuerySelectorAll("ol.edition-index > li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/2024/");
        Assert.Contains("Utkast – inte publicerad", draft.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_of_a_drafts_build_leaves_the_draft_and_the_redirects_out()
    {
        using var site = EditionSite.Create();
        var result = Lagesbild.Site.Build.SiteBuilder.Build(site.Options(drafts: true) with { SiteUrl = "https://example.org" });

        var sitemap = System.Text.Encoding.UTF8.GetString(result.Bytes("sitemap.xml"));
        Assert.Contains("<loc>https://example.org/2023/brottsligheten/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/2022/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/utgavor/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/2024/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/senaste/", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_with_drafts_does_not_change_a_byte_of_the_published_editions()
    {
        var published = EditionSite.Published;
        var preview = EditionSite.WithDrafts;

        foreach (var file in published.Files.Where(f => f.RelativePath.StartsWith("2022/", StringComparison.Ordinal) || f.RelativePath.StartsWith("2023/", StringComparison.Ordinal)))
        {
            Assert.Equal(file.Content, preview.Bytes(file.RelativePath));
        }
    }
}
