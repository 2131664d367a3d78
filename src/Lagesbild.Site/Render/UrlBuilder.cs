namespace Lagesbild.Site.Render;

/// <summary>
/// Every URL the site writes, under one base path (<c>/</c> locally, <c>/lagesbild/</c> on a
/// GitHub Pages project site), so no page hard-codes a location.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string baseUrl)
    {
        var trimmed = baseUrl.Trim().Trim('/');
        BaseUrl = trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    public string BaseUrl { get; }

    public string Root() => BaseUrl;

    public string Edition(int year) => $"{BaseUrl}{year}/";

    public string Chapter(int year, string slug) => $"{BaseUrl}{year}/{slug}/";

    public string Page(int year, string path) => $"{BaseUrl}{year}/{path}/";

    public string File(string relativePath) => BaseUrl + relativePath;
}
