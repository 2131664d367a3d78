using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// site.css is a list of <c>@import</c>s of component files under layouts/assets/css/, which the
/// build inlines into one published stylesheet. An unclosed block in one component would silently
/// disable every rule of the components after it (browsers do not report it), so each component's
/// braces are checked on their own here.
/// </summary>
public sealed class StylesheetTests
{
    private static string CssFolder => Path.Combine(RepoPaths.Layouts, "assets", "css");

    public static TheoryData<string> Components() =>
        [.. Directory.EnumerateFiles(CssFolder, "*.css").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Components))]
    public void Every_block_of_a_component_is_closed_within_its_file(string component)
    {
        var depth = 0;
        foreach (var (line, number) in File.ReadAllText(Path.Combine(CssFolder, component)).Split('\n').Select((l, i) => (l, i + 1)))
        {
            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
            Assert.True(depth >= 0, $"css/{component}:{number}: `}}` without a block to close");
        }

        Assert.True(depth == 0, $"css/{component} ends inside a block: {depth} `{{` without their `}}`");
    }

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
