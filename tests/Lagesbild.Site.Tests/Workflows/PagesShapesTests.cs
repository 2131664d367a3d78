using System.Text;
using System.Text.RegularExpressions;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Workflows;

/// <summary>
/// The Pages build (pages.yml) for the three shapes a repository can have, with the base path and
/// origin that actions/configure-pages gives for each: every link and asset must resolve under it.
/// </summary>
public sealed partial class PagesShapesTests
{
    private const string Fixture = """
        -- content/2024/02-brott.md --
        ---
        title: Brott
        ---

        Se [syftet](01-inledning.md#syfte).

        ::: chart anmalda
        :::

        ::: table anmalda
        :::
        -- content/2024/data/anmalda.yml --
        caption: Anmälda brott per period
        columns:
          - key: period
            header: Period
            type: text
          - key: antal
            header: Antal
            type: integer
        rows:
          - ["2022–2023", 86]
          - ["2023–2024", 70]
        """;

    /// <summary>configure-pages outputs: base_path, origin; and what pages.yml makes of them.</summary>
    public static TheoryData<string, string, string> Shapes() => new()
    {
        { "project site", "/lagesbild", "https://kommun.github.io" },
        { "user or organisation site", "", "https://kommun.github.io" },
        { "custom domain", "", "https://lagesbild.example.se" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_link_and_asset_resolves_under_the_pages_address(string shape, string basePath, string origin)
    {
        // Given the base URL pages.yml passes: "${PAGES_BASE_PATH%/}/"
        var baseUrl = basePath.TrimEnd('/') + "/";
        using var site = MinimalSite.With(Fixture);

        // When the site is built as pages.yml builds it
        var result = SiteBuilder.Build(new BuildOptions(site.ContentDirectory, site.LayoutsDirectory, site.OutputDirectory, baseUrl, SiteUrl: origin));

        // Then every local reference in every page and stylesheet is under the base path and names a built file
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var references = References(result).ToList();
        Assert.True(references.Count > 20, $"{shape}: only {references.Count} references found");
        foreach (var (page, reference) in references)
        {
            var path = ToLocalPath(reference, origin);
            if (path is null)
            {
                continue;
            }

            Assert.True(path.StartsWith(baseUrl, StringComparison.Ordinal), $"{shape}: {page} refers to {reference}, outside {baseUrl}");
            var file = path[baseUrl.Length..];
            file = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
            Assert.True(files.Contains(file), $"{shape}: {page} refers to {reference}, but no {file} was built");
        }

        // And canonical links and the sitemap use the public address
        var canonical = result.Page("2024/brott/index.html").QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        Assert.Equal($"{origin}{baseUrl}2024/brott/", canonical);
        var sitemap = Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == "sitemap.xml").Content);
        Assert.All(Loc().Matches(sitemap).Select(m => m.Groups[1].Value), loc => Assert.StartsWith(origin + baseUrl, loc, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Page, string Reference)> References(BuildResult result)
    {
        foreach (var file in result.Files)
        {
            if (file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                var page = result.Page(file.RelativePath);
                foreach (var element in page.QuerySelectorAll("[href], [src], [action]"))
                {
                    foreach (var name in new[] { "href", "src", "action" })
                    {
                        if (element.GetAttribute(name) is { } value)
                        {
                            yield return (file.RelativePath, value);
                        }
                    }
                }

                foreach (var refresh in page.QuerySelectorAll("meta[http-equiv=refresh]"))
                {
                    yield return (file.RelativePath, RefreshUrl().Match(refresh.GetAttribute("content") ?? "").Groups[1].Value);
                }
            }
            else if (file.RelativePath.EndsWith(".css", StringComparison.Ordinal))
            {
                foreach (Match match in CssUrl().Matches(Encoding.UTF8.GetString(file.Content)))
                {
                    yield return (file.RelativePath, match.Groups[1].Value);
                }
            }
        }
    }

    /// <summary>The path part of a reference to this site; null for fragments, data: URLs and other hosts.</summary>
    private static string? ToLocalPath(string reference, string origin)
    {
        var value = reference.Trim().Trim('"', '\'');
        if (value.StartsWith(origin, StringComparison.Ordinal))
        {
            value = value[origin.Length..];
        }

        if (value.Length == 0 || value.StartsWith('#') || value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith("mailto:", StringComparison.Ordinal)
            || value == Lagesbild.Site.Render.StatementView.DiggComplaintForm)
        {
            return null;
        }

        Assert.False(value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal), $"a reference to another host: {reference}");
        Assert.True(value.StartsWith('/'), $"a relative reference, which breaks under another base path: {reference}");
        return value.Split('#', '?')[0];
    }

    [GeneratedRegex(@"<loc>([^<]+)</loc>")]
    private static partial Regex Loc();

    [GeneratedRegex(@"url\(\s*([^)]+?)\s*\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"url=(\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshUrl();
}
