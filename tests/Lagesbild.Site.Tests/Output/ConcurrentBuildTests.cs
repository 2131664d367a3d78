using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>Two builds into the same folder at once take turns: neither fails, and the folder ends up one whole site.</summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public void Writers_racing_into_one_folder_all_succeed_and_leave_one_complete_site()
    {
        // Given four builds of different sites, with many files each
        using var directory = new TempDirectory();
        var target = directory.Combine("site");
        var rules = new OutputFolderRules(directory.Combine("content"), directory.Combine("layouts"), directory.Path, HomeDirectory: null);
        var sites = Enumerable.Range(0, 4).Select(n => (OutputFile[])[.. Enumerable.Range(0, 200).Select(i => OutputFile.Text($"{i % 10}/{i}.html", $"bygge {n}"))]).ToArray();

        // When they all write into site/ at the same time, three rounds over
        var results = new bool[sites.Length * 3];
        var findings = new DiagnosticBag();
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = StagedDirectoryWriter.Write(target, sites[i % sites.Length], rules, findings));

        // Then every build succeeded, and site/ holds exactly one of the sites, whole, with no leftovers
        Assert.Empty(findings.ToSortedArray());
        Assert.All(results, Assert.True);
        var texts = Directory.EnumerateFiles(target, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).Distinct().ToList();
        Assert.Single(texts);
        Assert.Equal(200, Directory.EnumerateFiles(target, "*.html", SearchOption.AllDirectories).Count());
        Assert.True(SiteMarker.IsPresent(target));
        Assert.DoesNotContain(Directory.EnumerateDirectories(directory.Path).Select(Path.GetFileName), name => name!.StartsWith("site.", StringComparison.Ordinal));
    }
}
