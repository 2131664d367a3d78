using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>senaste/ and senaste/&lt;slug&gt;/ always lead to the latest published edition, for links that must never go stale.</summary>
public sealed class LatestRedirectTests
{
    [Theory]
    [InlineData("senaste/index.html", "/2023/")]
    [InlineData("senaste/inledning/index.html", "/2023/inledning/")]
    [InlineData("senaste/brottsligheten/index.html", "/2023/brottsligheten/")]
    [InlineData("senaste/skolor/index.html", "/2023/skolor/")]
    // A chapter only an older edition had still leads somewhere: the latest edition's home.
    [InlineData("senaste/trygghetsvandringar/index.html", "/2023/")]
    public void Redirects_to_the_latest_editions_page_with_a_visible_link(string path, string target)
    {
        var page = EditionSite.Published.Page(path);

        Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var link = page.QuerySelector("main a[data-redirect]")!;
        Assert.Equal(target, link.GetAttribute("href"));
        Assert.Contains("Lägesbild 2023", link.NormalizedText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("script[src*='editions.']"));
    }

    [Fact]
    public void There_is_a_redirect_for_every_slug_of_a_published_edition_and_none_for_drafts_only()
    {
        var result = EditionSite.WithDrafts;

        var redirects = result.Paths().Where(p => p.StartsWith("senaste/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["senaste/brottsligheten/index.html", "senaste/index.html", "senaste/inledning/index.html", "senaste/skolor/index.html", "senaste/trygghetsvandringar/index.html"],
            redirects);
    }
}
