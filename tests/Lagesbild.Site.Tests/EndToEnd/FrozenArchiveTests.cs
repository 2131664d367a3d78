using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// An edition, once published, stays byte-identical: publishing or adding a newer edition (with
/// the layouts unchanged) must not change a single file under site/&lt;older-year&gt;/.
/// </summary>
public sealed class FrozenArchiveTests
{
    [Fact]
    public void Publishing_the_next_edition_leaves_every_older_edition_byte_identical()
    {
        // Given the site built with 2022 and 2023 published (and 2024 a draft, so not built)
        using var site = EditionSite.Create();
        Assert.True(site.BuildAndWrite().Succeeded);
        var before = Snapshot(site, "2022", "2023");
        var editionsBefore = File.ReadAllText(Path.Combine(site.OutputDirectory, "editions.json"));

        // When 2024 is published and a 2025 edition is started and published too
        site.Write("content/2024/edition.yml", site.Read("content/2024/edition.yml").Replace("status: draft", "status: published", StringComparison.Ordinal));
        Assert.Equal(0, CliRunner.Execute(site.Root, "new-edition", "2025").ExitCode);
        site.Write("content/2025/edition.yml", site.Read("content/2025/edition.yml").Replace("status: draft", "status: published", StringComparison.Ordinal));
        site.Write("content/2025/data/narkotikabrott.yml", site.Read("content/2025/data/narkotikabrott.yml").Replace("[\"2022–2023\", 840]", "[\"2024–2025\", 990]", StringComparison.Ordinal)
            .Replace("copied_from: 2024\n", "", StringComparison.Ordinal)); // updated: the copy mark goes
        var build = CliRunner.Execute(site.Root, "build");
        Assert.True(build.ExitCode == 0, build.StandardError);

        // Then the older editions are exactly as they were, file for file and byte for byte
        Assert.Equal(before, Snapshot(site, "2022", "2023"));

        // And the assets their pages load are still there under the same names
        var page = HtmlPage.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "2022", "brottsligheten", "index.html")));
        foreach (var asset in page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            Assert.True(File.Exists(Path.Combine(site.OutputDirectory, asset.TrimStart('/'))), $"{asset} is gone");
        }

        // And what did change lives outside the year folders: the list of editions, the root and senaste/
        Assert.NotEqual(editionsBefore, File.ReadAllText(Path.Combine(site.OutputDirectory, "editions.json")));
        Assert.Contains("url=/2025/brottsligheten/", File.ReadAllText(Path.Combine(site.OutputDirectory, "senaste", "brottsligheten", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "2024", "index.html")));
    }

    [Fact]
    public void The_newest_edition_charts_the_older_editions_figures_but_older_charts_never_see_newer_ones()
    {
        var result = EditionSite.WithDrafts;

        string[] Periods(string path) =>
            [.. result.Page(path).QuerySelectorAll("#diagram-narkotikabrott .chart-wide rect.chart-bar").Select(r => r.GetAttribute("data-category")!)];

        Assert.Equal(["2020–2021", "2021–2022"], Periods("2022/brottsligheten/index.html"));
        Assert.Equal(["2020–2021", "2021–2022", "2022–2023"], Periods("2023/brottsligheten/index.html"));
        Assert.Equal(["2020–2021", "2021–2022", "2022–2023", "2023–2024"], Periods("2024/brottsligheten/index.html"));
    }

    private static SortedDictionary<string, string> Snapshot(TestSite site, params string[] years)
    {
        var all = DirectorySnapshot.Take(site.OutputDirectory);
        var kept = all.Where(f => years.Any(y => f.Key.StartsWith(y + "/", StringComparison.Ordinal)));
        var snapshot = new SortedDictionary<string, string>(kept.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);
        Assert.True(snapshot.Count > 10, $"only {snapshot.Count} files under {string.Join(", ", years)}");
        return snapshot;
    }
}
