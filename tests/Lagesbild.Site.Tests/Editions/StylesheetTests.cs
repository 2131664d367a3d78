using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Editions;

/// <summary>
/// site.css is one file several features append to; an unclosed block silently disables every
/// rule after it (browsers do not report it), so its braces are checked here.
/// </summary>
public sealed class StylesheetTests
{
    [Fact]
    public void Every_block_of_site_css_is_closed_and_the_editions_rules_are_top_level()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Layouts, "assets", "site.css"));
        var depth = 0;
        var depthAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, number) in css.Split('\n').Select((l, i) => (l, i + 1)))
        {
            if (line.StartsWith(".edition-bar {", StringComparison.Ordinal) || line.StartsWith(".chart {", StringComparison.Ordinal))
            {
                depthAt[line] = depth;
            }

            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
            Assert.True(depth >= 0, $"site.css:{number}: `}}` without a block to close");
        }

        Assert.Equal(0, depth);
        Assert.Equal([0, 0], depthAt.Values);
    }
}
