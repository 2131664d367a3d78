using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The real content built as the Pages workflow builds it, for a project site at
/// <c>https://owner.github.io/lagesbild/</c>: every link, asset, form, search result, switcher
/// target and sitemap entry must stay under <c>/lagesbild/</c>, or it leads to the owner's root and a 404.
/// </summary>
public sealed partial class BaseUrlTests
{
    private const string BasePath = "/lagesbild/";
    private const string Origin = "https://owner.github.io";

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src", "action", "formaction", "srcset", "poster" };

    private static readonly Lazy<BuildResult> Published = new(() =>
        SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Layouts, Path.Combine(Path.GetTempPath(), "unused"), BasePath, SiteUrl: Origin)));

    [Fact]
    public void Every_url_in_every_page_is_under_the_base_path_and_leads_to_a_file()
    {
        var result = Published.Value;
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
                    else if (attribute.Value.StartsWith('/'))
                    {
                        // data-* attributes that scripts fetch or navigate to (search index, switcher).
                        AssertUnderBasePath(attribute.Value, files, where);
                        checkedUrls++;
                    }
                }
            }
        }

        Assert.True(checkedUrls > 300, $"only {checkedUrls} URLs were checked");
    }

    [Fact]
    public void Stylesheets_sitemap_and_data_files_point_under_the_base_path()
    {
        var result = Published.Value;
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("sitemap.xml", files);
        foreach (var file in result.Files)
        {
            var text = Encoding.UTF8.GetString(file.Content);
            if (file.RelativePath.EndsWith(".css", StringComparison.Ordinal))
            {
                foreach (Match url in CssUrl().Matches(text).Where(m => m.Groups["url"].Value.StartsWith('/')))
                {
                    AssertUnderBasePath(url.Groups["url"].Value, files, $"{file.RelativePath}: url({url.Groups["url"].Value})");
                }
            }
            else if (file.RelativePath is "sitemap.xml" or "robots.txt")
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
                }
            }
        }
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
