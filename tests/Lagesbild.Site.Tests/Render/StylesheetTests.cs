using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// site.css is a list of <c>@import</c>s of component files under layouts/assets/css/, which the
/// build inlines into one published stylesheet. (A component with an unclosed block is refused by
/// the build, LB964: see Errors/Cases/stylesheet-blocks.txt.)
/// </summary>
public sealed class StylesheetTests
{
    private static string CssFolder => Path.Combine(RepoPaths.Layouts, "assets", "css");

    [Fact]
    public void Every_component_is_imported_once_and_the_site_publishes_one_stylesheet_without_imports()
    {
        // Given the layouts' site.css, a list of component imports
        var imports = File.ReadAllLines(Path.Combine(RepoPaths.Layouts, "assets", "site.css"))
            .Where(l => l.StartsWith("@import", StringComparison.Ordinal)).ToArray();
        var components = Directory.EnumerateFiles(CssFolder, "*.css").Select(p => $"@import \"css/{Path.GetFileName(p)}\";");
        Assert.Equal(components.Order(StringComparer.Ordinal), imports.Order(StringComparer.Ordinal));

        // When the frozen report is built
        var files = SharedBuilds.Frozen.Files;

        // Then pages link one stylesheet, which holds the rules of the components and no @import,
        // and no component is published on its own
        var page = SharedBuilds.Frozen.Page("2024/index.html");
        var link = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
        var stylesheet = files.Single(f => link.GetAttribute("href")!.EndsWith(f.RelativePath, StringComparison.Ordinal));
        var css = System.Text.Encoding.UTF8.GetString(stylesheet.Content);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.Contains(".edition-bar {", css, StringComparison.Ordinal);
        Assert.Contains(".chart {", css, StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("assets/css/", StringComparison.Ordinal));
    }
}
