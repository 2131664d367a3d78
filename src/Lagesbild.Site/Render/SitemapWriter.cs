using System.Text;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Render;

/// <summary>
/// <c>robots.txt</c> and, when the site's public address is known, <c>sitemap.xml</c> of the
/// plan's listed pages: the sitemap protocol needs absolute URLs, which a build for an unknown
/// host cannot give.
/// </summary>
public static class SitemapWriter
{
    public static IEnumerable<OutputFile> Write(SitePlan plan)
    {
        var urls = plan.Urls;
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.Origin is null)
        {
            yield return OutputFile.Text(SitePaths.Robots, robots.ToString());
            yield break;
        }

        var sitemapUrl = urls.Absolute(urls.File(SitePaths.Sitemap));
        robots.Append("\nSitemap: ").Append(sitemapUrl).Append('\n');
        yield return OutputFile.Text(SitePaths.Robots, robots.ToString());

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in plan.Listed)
        {
            xml.Append("<url><loc>").Append(Html.Escape(urls.Absolute(page.Url))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        yield return OutputFile.Text(SitePaths.Sitemap, xml.ToString());
    }
}
