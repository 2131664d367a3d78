using System.Text;
using System.Xml.Linq;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>Search engines find every page once, under its canonical address (the frozen 2024 report).</summary>
public sealed class SitemapTests
{
    [Fact]
    public void With_a_public_address_the_sitemap_lists_every_canonical_page_and_robots_points_to_it()
    {
        var result = SharedBuilds.FrozenProjectSite;

        var sitemap = XDocument.Parse(Text(result, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://owner.github.io/lagesbild/2024/", locations);
        Assert.Contains("https://owner.github.io/lagesbild/2024/brottsligheten/", locations);
        Assert.Equal(locations.Distinct().Count(), locations.Count);
        Assert.DoesNotContain(locations, l => l.EndsWith("404.html", StringComparison.Ordinal) || l == "https://owner.github.io/lagesbild/");
        foreach (var page in result.Files.Where(f => f.RelativePath.EndsWith("/index.html", StringComparison.Ordinal)))
        {
            var canonical = result.Page(page.RelativePath).QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Contains(canonical, locations);
        }

        Assert.Contains("Sitemap: https://owner.github.io/lagesbild/sitemap.xml", Text(result, "robots.txt"));
    }

    [Fact]
    public void Without_a_public_address_there_is_robots_txt_but_no_sitemap()
    {
        var result = SharedBuilds.Frozen;

        Assert.Contains("User-agent: *", Text(result, "robots.txt"));
        Assert.DoesNotContain(result.Files, f => f.RelativePath == "sitemap.xml");
        // A relative canonical link is invalid, so without the public address there is none.
        Assert.Null(result.Page("2024/index.html").QuerySelector("link[rel=canonical]"));
    }

    private static string Text(Lagesbild.Site.Build.BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == path).Content);
}
