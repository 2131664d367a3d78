using System.Security.Cryptography;
using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>
/// Every page carries a Content-Security-Policy without <c>unsafe-inline</c>, and nothing on it
/// would need one: no inline scripts, styles or event handlers (in SVG either), and every script and
/// stylesheet carries the Subresource Integrity hash of the file that is published.
/// </summary>
public sealed class ContentSecurityPolicyTests(RealSite site) : IClassFixture<RealSite>
{
    public static TheoryData<string> Pages => new(new RealSite().Pages);

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_has_a_strict_policy(string page)
    {
        var document = site.Result.Page(page);

        var policies = document.QuerySelectorAll("meta[http-equiv='Content-Security-Policy' i]").Select(m => m.GetAttribute("content") ?? "").ToList();
        var policy = Assert.Single(policies);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.OrdinalIgnoreCase);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.True(document.Head!.Children.ToList().FindIndex(e => e.GetAttribute("http-equiv") is not null) < 3, "the policy comes first in head, before anything it governs");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_has_no_inline_script_style_or_event_handler(string page)
    {
        var document = site.Result.Page(page);

        Assert.Empty(document.QuerySelectorAll("script:not([src])").Select(e => e.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("style").Select(e => e.OuterHtml));
        var all = document.QuerySelectorAll("*").ToList();
        Assert.Empty(all.Where(e => e.HasAttribute("style")).Select(Start));
        Assert.Empty(all.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Select(Start));
        Assert.Empty(all.Where(e => e.Attributes.Any(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))).Select(Start));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Scripts_and_stylesheets_are_local_and_carry_the_integrity_of_the_published_file(string page)
    {
        var document = site.Result.Page(page);

        var resources = document.QuerySelectorAll("script[src], link[rel~='stylesheet' i]").ToList();
        Assert.NotEmpty(resources);
        Assert.All(resources, element =>
        {
            var url = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.StartsWith("/", url);
            Assert.False(url.StartsWith("//", StringComparison.Ordinal), url);
            var file = site.Result.Files.SingleOrDefault(f => url.EndsWith("/" + f.RelativePath, StringComparison.Ordinal));
            Assert.True(file is not null, $"{url} on {page} is not a published file");
            Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(file.Content)), element.GetAttribute("integrity"));
        });
    }

    [Fact]
    public void Published_svg_files_have_no_script_style_or_event_handler()
    {
        var svgs = site.Result.Files.Where(f => f.RelativePath.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(svgs); // the favicon at least

        Assert.All(svgs, svg =>
        {
            var document = HtmlPage.Parse(System.Text.Encoding.UTF8.GetString(svg.Content));
            Assert.Empty(document.QuerySelectorAll("script, style").Select(e => e.OuterHtml));
            Assert.Empty(document.QuerySelectorAll("*").Where(e => e.HasAttribute("style") || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Select(Start));
        });
    }

    private static string Start(IElement element) => element.OuterHtml.Length > 160 ? element.OuterHtml[..160] : element.OuterHtml;
}
