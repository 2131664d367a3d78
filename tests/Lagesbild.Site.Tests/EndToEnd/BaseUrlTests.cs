using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The content built as the Pages workflow builds it, for a project site at
/// <c>https://owner.github.io/lagesbild/</c>: every link, asset, form, search result, switcher
/// target and sitemap entry must stay under <c>/lagesbild/</c>, or it leads to the owner's root and a 404.
/// Checked on the live content/ (it must hold for any content) and on the frozen report, whose
/// size is known, so the counts below prove the check saw the whole site.
/// </summary>
public sealed partial class BaseUrlTests
{
    private const string BasePath = ProjectSite.BasePath;
    private const string Origin = ProjectSite.Origin;

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction", "srcset", "poster" };

    public static TheoryData<string> Contents => new() { "live", "frozen" };

    private static BuildResult Build(string content) => content == "live" ? SharedBuilds.RealProjectSite : SharedBuilds.FrozenProjectSite;

    [Theory]
    [MemberData(nameof(Contents))]
    public void Every_url_in_every_page_is_under_the_base_path_and_leads_to_a_file(string content)
    {
        var result = Build(content);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var checkedUrls = 0;
        foreach (var file in result.Files.Where(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = HtmlPage.Parse(Encoding.UTF8.GetString(file.Content));
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    var where = $"{file.RelativePath}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                    if (UrlAttributes.Contains(attribute.Name))
                    {
                        foreach (var url in attribute.Name == "srcset" ? SrcsetUrls(attribute.Value) : [attribute.Value])
                        {
                            AssertUnderBasePath(url, files, where);
                            checkedUrls++;
                        }
                    }
                    else if (attribute.Value.StartsWith('/') && attribute.Name != "aria-keyshortcuts")
                    {
                        // data-* attributes that scripts fetch or navigate to (search index, switcher);
                        // aria-keyshortcuts="/" names a key, not a URL.
                        AssertUnderBasePath(attribute.Value, files, where);
                        checkedUrls++;
                    }
                }
            }
        }

        var pages = result.Pages().Count();
        Assert.True(content == "live" ? checkedUrls > 10 * pages : checkedUrls > 300, $"only {checkedUrls} URLs were checked on {pages} pages");
    }

    /// <summary>
    /// The build copies stylesheets as they are (only their names change), so a root-relative
    /// <c>url(/…)</c> in one would escape the base path. (The previous check looked only at such
    /// URLs, and site.css has none, so it could not fail; this one says what it relies on.)
    /// </summary>
    [Fact]
    public void Stylesheets_hold_no_root_relative_url_and_every_url_leads_to_a_published_file()
    {
        var result = SharedBuilds.FrozenProjectSite;
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var stylesheets = result.Files.Where(f => f.RelativePath.EndsWith(".css", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(stylesheets);
        foreach (var stylesheet in stylesheets)
        {
            foreach (var url in CssUrl().Matches(Encoding.UTF8.GetString(stylesheet.Content)).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("data:", StringComparison.Ordinal)))
            {
                Assert.False(url.StartsWith('/'), $"{stylesheet.RelativePath}: url({url}) is root-relative; the build does not rewrite stylesheets, so write it relative to the stylesheet");
                var target = Uri.UnescapeDataString(new Uri(new Uri("http://site/" + stylesheet.RelativePath), url).AbsolutePath.TrimStart('/'));
                Assert.True(files.Contains(target), $"{stylesheet.RelativePath}: url({url}) leads to {target}, which is not in the site");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Contents))]
    public void Sitemap_robots_and_json_files_point_under_the_base_path(string content)
    {
        var result = Build(content);
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("sitemap.xml", files);
        var checkedJson = 0;
        foreach (var file in result.Files)
        {
            var text = Encoding.UTF8.GetString(file.Content);
            if (file.RelativePath is "sitemap.xml" or "robots.txt")
            {
                var absolute = AbsoluteUrl().Matches(text).Select(m => m.Value).ToList();
                Assert.NotEmpty(absolute);
                Assert.All(absolute, url => AssertUnderBasePath(url, files, $"{file.RelativePath}: {url}"));
            }
            else if (file.RelativePath.EndsWith(".json", StringComparison.Ordinal) && !file.RelativePath.Contains("/data/", StringComparison.Ordinal))
            {
                // (Table downloads under <year>/data/ hold figures and headers such as "/100 000 inv", not URLs.)
                // Search results link to pages through URLs stored in the index.
                using var json = JsonDocument.Parse(file.Content);
                foreach (var value in Strings(json.RootElement).Where(s => s.StartsWith('/')))
                {
                    AssertUnderBasePath(value, files, $"{file.RelativePath}: \"{value}\"");
                    checkedJson++;
                }
            }
        }

        // editions.json names every published edition and chapter; each search index names its sections.
        Assert.True(checkedJson > result.Pages().Count(), $"only {checkedJson} URLs in JSON files were checked");
    }

    private static void AssertUnderBasePath(string url, HashSet<string> files, string where)
    {
        if (url.StartsWith(Origin, StringComparison.Ordinal))
        {
            url = url[Origin.Length..];
        }

        if (url.StartsWith('#') || url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
        {
            return;
        }

        Assert.True(url.StartsWith(BasePath, StringComparison.Ordinal), $"{where} is not under {BasePath}");
        var path = url[BasePath.Length..].Split('#', '?')[0];
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        Assert.True(files.Contains(Uri.UnescapeDataString(file)), $"{where} leads to {file}, which is not in the site");
    }

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate => candidate.Split(' ')[0]);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"https://owner\.github\.io[^\s<""]*")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex("""url\(\s*['"]?(?<url>[^'")\s]+)""")]
    private static partial Regex CssUrl();
}
