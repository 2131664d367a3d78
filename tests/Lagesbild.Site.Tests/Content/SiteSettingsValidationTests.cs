using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Content;

/// <summary>
/// The site's address and language reach every page, so only well-formed values pass: an absolute
/// http(s) origin, a plain path, a BCP 47 tag. Anything else is an error and nothing is built.
/// </summary>
public sealed class SiteSettingsValidationTests
{
    [Theory]
    [InlineData("https://example.github.io")]
    [InlineData("https://example.github.io/")]
    [InlineData("http://localhost:8080")]
    [InlineData("HTTPS://Example.ORG")]
    [InlineData("https://xn--lgesbild-0za.example")]
    [InlineData("https://[::1]:8443")]
    public void A_site_url_of_scheme_and_host_is_accepted(string value) =>
        Assert.Null(SiteSettingRules.CheckSiteUrl("url", value));

    [Theory]
    [InlineData("")]
    [InlineData("example.org")]
    [InlineData("//example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org")]
    [InlineData("data:text/html,<script>")]
    [InlineData("https://")]
    [InlineData("https://user:secret@example.org")]
    [InlineData("https://example.org/lagesbild/")]
    [InlineData("https://example.org?q=1")]
    [InlineData("https://example.org#top")]
    [InlineData("https://example.org:99999")]
    [InlineData("https://exa mple.org")]
    [InlineData("https://example.org\n")]
    [InlineData("https://example.org\"><script>")]
    [InlineData("https://exa<mple.org")]
    [InlineData("https://example..org")]
    [InlineData("https://-example.org")]
    [InlineData("https://example.org\\evil")]
    public void Any_other_site_url_is_refused(string value) =>
        Assert.NotNull(SiteSettingRules.CheckSiteUrl("url", value));

    [Theory]
    [InlineData("/")]
    [InlineData("/lagesbild/")]
    [InlineData("/a/b-c/d_e.f~/")]
    public void A_plain_base_path_is_accepted(string value) =>
        Assert.Null(SiteSettingRules.CheckBaseUrl("base_url", value));

    [Theory]
    [InlineData("")]
    [InlineData("lagesbild")]
    [InlineData("/lagesbild")]
    [InlineData("lagesbild/")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)/")]
    [InlineData("/a/../")]
    [InlineData("/../")]
    [InlineData("/./")]
    [InlineData("/a//b/")]
    [InlineData("/a?b/")]
    [InlineData("/a#b/")]
    [InlineData("/a\\b/")]
    [InlineData("/a b/")]
    [InlineData("/a\tb/")]
    [InlineData("/a\u0000/")]
    [InlineData("/\"><script>/")]
    [InlineData("/lägesbild/")]
    [InlineData("/a:b/")]
    [InlineData("/%2e%2e/")]
    public void Any_other_base_url_is_refused(string value) =>
        Assert.NotNull(SiteSettingRules.CheckBaseUrl("base_url", value));

    [Theory]
    [InlineData("sv")]
    [InlineData("sv-SE")]
    [InlineData("en")]
    [InlineData("sma")]
    [InlineData("zh-Hant-TW")]
    public void A_language_tag_is_accepted(string value) =>
        Assert.Null(SiteSettingRules.CheckLanguage("language", value));

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("svenska")]
    [InlineData("sv_SE")]
    [InlineData("sv\n")]
    [InlineData("sv\" onload=\"x")]
    [InlineData("sv-")]
    [InlineData("sv-SE-toolongsubtag")]
    public void Any_other_language_is_refused(string value) =>
        Assert.NotNull(SiteSettingRules.CheckLanguage("language", value));

    [Fact]
    public void Invalid_options_are_errors_named_by_the_option_and_nothing_is_built()
    {
        using var site = MinimalSite.With();

        var result = SiteBuilder.Build(site.Options("/../") with { SiteUrl = "https://evil.example/x\"><meta http-equiv=refresh content=0>" });

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(
            [("--base-url", DiagnosticCodes.Settings.InvalidBaseUrl), ("--site-url", DiagnosticCodes.Settings.InvalidSiteUrl)],
            result.Diagnostics.Select(d => (d.Location.ToString(), d.Code)));
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Swedish != d.Message.English && d.Hint is { } hint && hint.Swedish != hint.English));
    }

    [Fact]
    public void The_command_line_exits_with_1_says_what_to_write_and_writes_nothing()
    {
        using var site = MinimalSite.With();

        var run = CliRunner.Execute(site.Root, "build", "--site-url", "https://example.org/lagesbild/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--site-url: error: `--site-url` must not contain a path (`/lagesbild/`)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("a path such as /lagesbild/ goes in base_url or --base-url", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Without_a_site_url_no_page_has_a_canonical_link_and_with_one_every_page_has_an_absolute_one()
    {
        using var site = MinimalSite.With();

        var without = site.Build();
        var with = SiteBuilder.Build(site.Options("/lagesbild/") with { SiteUrl = "https://example.org" });

        Assert.True(without.Succeeded && with.Succeeded);
        var pages = without.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, path => Assert.Null(without.Page(path).QuerySelector("link[rel=canonical]")));
        Assert.All(pages, path => Assert.StartsWith("https://example.org/lagesbild/", with.Page(path).QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal));
    }
}
