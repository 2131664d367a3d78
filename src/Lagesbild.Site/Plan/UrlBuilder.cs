namespace Lagesbild.Site.Plan;

/// <summary>
/// Every URL the site writes, under one base path (<c>/</c> locally, <c>/lagesbild/</c> on a
/// GitHub Pages project site), so no page hard-codes a location.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string baseUrl, string? origin = null)
    {
        var trimmed = baseUrl.Trim().Trim('/');
        BaseUrl = trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
        Origin = string.IsNullOrWhiteSpace(origin) ? null : origin.Trim().TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>The public scheme and host (<c>https://example.github.io</c>), when known; canonical links and the sitemap need it.</summary>
    public string? Origin { get; }

    /// <summary>A site path as an absolute URL when the origin is known, else the path itself.</summary>
    public string Absolute(string path) => Origin is null ? path : Origin + path;

    /// <summary>A page's canonical URL: absolute, or null without an origin, as a relative one is invalid.</summary>
    public string? Canonical(string path) => Origin is null ? null : Origin + path;

    public string Root() => BaseUrl;

    public string Edition(int year) => $"{BaseUrl}{year}/";

    public string Chapter(int year, string slug) => $"{BaseUrl}{year}/{slug}/";

    public string Page(int year, string path) => $"{BaseUrl}{year}/{path}/";

    public string File(string relativePath) => BaseUrl + relativePath;
}
