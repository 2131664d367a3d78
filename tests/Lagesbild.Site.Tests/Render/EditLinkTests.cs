using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>"Föreslå ändring" on every chapter page: GitHub's editor for the chapter's source, from site.yml's repository.</summary>
public sealed class EditLinkTests
{
    private const string Chapters = """
        -- content/2024/02-brott.md --
        ---
        title: Brott
        ---

        Text om brott.
        """;

    [Fact]
    public void Every_chapter_page_links_to_its_source_in_githubs_editor_when_site_yml_names_the_repository()
    {
        using var site = MinimalSite.With(Chapters);
        site.Write("content/site.yml", site.Read("content/site.yml") + "repository: https://github.com/kommun/lagesbild\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var link = result.Page("2024/brott/index.html").QuerySelector("main a[href^='https://github.com/']");
        Assert.NotNull(link);
        Assert.Equal("Föreslå ändring", link.TextContent.Trim());
        Assert.Equal("https://github.com/kommun/lagesbild/edit/main/content/2024/02-brott.md", link.GetAttribute("href"));
        Assert.Contains(result.Page("2024/inledning/index.html").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "https://github.com/kommun/lagesbild/edit/main/content/2024/01-inledning.md");
    }

    [Fact]
    public void The_branch_can_be_named_and_no_setting_means_no_link()
    {
        using var site = MinimalSite.With(Chapters);
        var plain = site.Build();
        site.Write("content/site.yml", site.Read("content/site.yml") + "repository: https://github.com/kommun/lagesbild.git\nrepository_branch: publicering/2024\n");
        var branched = site.Build();

        Assert.Empty(plain.Page("2024/brott/index.html").QuerySelectorAll("a[href*='github.com']"));
        Assert.Equal("https://github.com/kommun/lagesbild/edit/publicering/2024/content/2024/02-brott.md",
            branched.Page("2024/brott/index.html").QuerySelector("a[href*='/edit/']")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("repository: https://evil.example/kommun/lagesbild", "repository")]
    [InlineData("repository: javascript:alert(1)", "repository")]
    [InlineData("repository: https://github.com/kommun/lagesbild/../../evil", "repository")]
    [InlineData("repository: \"https://github.com/kommun/lagesbild\\\"><script>\"", "repository")]
    [InlineData("repository: http://github.com/kommun/lagesbild", "repository")]
    [InlineData("repository: https://github.com/kommun/lagesbild\nrepository_branch: ../../evil", "repository_branch")]
    [InlineData("repository: https://github.com/kommun/lagesbild\nrepository_branch: \"main?x=<b>\"", "repository_branch")]
    public void Anything_but_a_github_repository_and_a_plain_branch_is_an_error_at_the_value(string setting, string key)
    {
        using var site = MinimalSite.With(Chapters);
        site.Write("content/site.yml", site.Read("content/site.yml") + setting + "\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Settings.InvalidRepository, error.Code);
        var line = site.Read("content/site.yml").Split('\n').ToList().FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Location.Line);
    }
}
