using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>A failed build never touches the last good site; a good one replaces it whole.</summary>
public sealed class StagedOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        // Given a site that was built successfully
        using var site = TestSite.FromRepository();
        var first = CliRunner.Execute(site.Root, "build");
        Assert.Equal(0, first.ExitCode);
        var before = DirectorySnapshot.Take(site.OutputDirectory);

        // When an editor breaks a data table and a chapter, and builds again
        site.Write("content/2024/data/franvaro.yml", site.Read("content/2024/data/franvaro.yml").Replace("137", "etthundra", StringComparison.Ordinal));
        site.Write("content/2024/02-inledning.md", "---\ndescription: ingen titel\n---\n\nText.\n");
        var second = CliRunner.Execute(site.Root, "build");

        // Then both problems are reported with their positions, the exit code is 1, and site/ is untouched
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("content/2024/02-inledning.md:2:1: error: missing required key `title`", second.StandardError);
        Assert.Matches(@"content/2024/data/franvaro\.yml:\d+:\d+: error: `etthundra` in column", second.StandardError);
        Assert.Equal(before, DirectorySnapshot.Take(site.OutputDirectory));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("site.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_site_including_files_that_are_gone()
    {
        using var site = TestSite.FromRepository();
        Assert.True(site.BuildAndWrite().Succeeded);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "stale.html"), "left over");

        File.Delete(Path.Combine(site.ContentDirectory, "2024", "13-tryggheten.md"));
        Assert.True(site.BuildAndWrite().Succeeded);

        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "stale.html")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "2024", "tryggheten")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "2024", "prioriterade-samverkansomraden", "index.html")));
    }
}
