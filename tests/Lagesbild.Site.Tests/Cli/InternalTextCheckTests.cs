using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>
/// Internal text is in the repository, so check reports its mistakes without being asked, and serve (the
/// editors' preview) shows it, marked as internal; the public build still leaves it out.
/// </summary>
public sealed class InternalTextCheckTests
{
    private const string Files = """
        -- content/2024/01-kapitel.md --
        ---
        title: Kapitel
        ---

        Öppen text.

        ::: internal
        Intern text med ![Karta](saknas.png).
        :::
        -- content/2024/02-intern.md --
        ---
        title: Internt kapitel
        visibility: internal
        ---

        Bara för personalen. ![Karta](finns-inte.png)
        """;

    [Fact]
    public void Check_reports_mistakes_in_internal_blocks_and_internal_chapters_without_being_asked()
    {
        using var site = MinimalSite.With(Files);
        using var output = new StringWriter { NewLine = "\n" };

        var exit = CheckCommand.Run(site.Options(), DiagnosticFormat.Text, output, Language.English);

        Assert.Equal(1, exit);
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.StartsWith("content/2024/01-kapitel.md:8:", StringComparison.Ordinal) && l.EndsWith("[LB240]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/2024/02-intern.md:6:", StringComparison.Ordinal) && l.EndsWith("[LB240]", StringComparison.Ordinal));
        Assert.Equal("2 errors, no warnings", lines[^1]);
    }

    [Fact]
    public void Serve_previews_internal_text_marked_as_internal_unless_told_not_to()
    {
        using var site = MinimalSite.With(Files.Replace("![Karta](saknas.png)", "en rad", StringComparison.Ordinal).Replace(" ![Karta](finns-inte.png)", "", StringComparison.Ordinal));
        var common = new[] { "--content", site.ContentDirectory, "--layouts", site.LayoutsDirectory };

        var preview = ServeCommand.OptionsFor(common);
        var publicPreview = ServeCommand.OptionsFor([.. common, "--no-internal"]);

        Assert.True(preview.IncludeInternal);
        Assert.True(preview.IncludeDrafts);
        Assert.False(publicPreview.IncludeInternal);
        var result = Lagesbild.Site.Build.SiteBuilder.Build(preview with { OutputDirectory = site.OutputDirectory });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var block = result.Page("2024/kapitel/index.html").QuerySelector("main .internal");
        Assert.Equal("Intern text med en rad.", block?.TextContent.Trim());
        var notice = result.Page("2024/intern/index.html").QuerySelector("main .internal-notice");
        Assert.NotNull(notice);
        Assert.Contains("Hela kapitlet är internt", notice.TextContent, StringComparison.Ordinal);
        var hidden = Lagesbild.Site.Build.SiteBuilder.Build(publicPreview with { OutputDirectory = site.OutputDirectory });
        Assert.Empty(hidden.Page("2024/kapitel/index.html").QuerySelectorAll(".internal"));
        Assert.DoesNotContain(hidden.Files, f => f.RelativePath.StartsWith("2024/intern/", StringComparison.Ordinal));
    }
}
