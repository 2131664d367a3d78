using System.Text;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Render;

/// <summary>
/// <c>robots.txt</c> and, when the site's public address is known, <c>sitemap.xml</c>: the sitemap
/// protocol needs absolute URLs, which a build for an unknown host cannot give.
/// </summary>
public static class SitemapWriter
{
    public static IEnumerable<OutputFile> Write(IEnumerable<OutputFile> pages, UrlBuilder urls)
    {
        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (urls.Origin is null)
        {
            yield return OutputFile.Text("robots.txt", robots.ToString());
            yield break;
        }

        var sitemapUrl = urls.Absolute(urls.File("sitemap.xml"));
        robots.Append("\nSitemap: ").Append(sitemapUrl).Append('\n');
        yield return OutputFile.Text("robots.txt", robots.ToString());

        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in pages.Select(p => p.RelativePath).Where(IsListed).Order(StringComparer.Ordinal))
        {
            var pagePath = path == "index.html" ? "" : path[..^"index.html".Length];
            xml.Append("<url><loc>").Append(Html.Escape(urls.Absolute(urls.File(pagePath)))).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        yield return OutputFile.Text("sitemap.xml", xml.ToString());
    }

    /// <summary>
    /// Canonical pages only: not the 404 page, not the redirects under <c>senaste/</c>, and not the
    /// site root, which repeats the latest edition's home and names it as canonical.
    /// </summary>
    private static bool IsListed(string path) =>
        path.EndsWith("/index.html", StringComparison.Ordinal) && !path.StartsWith("senaste/", StringComparison.Ordinal);
}
