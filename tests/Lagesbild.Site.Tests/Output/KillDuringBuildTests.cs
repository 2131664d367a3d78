using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>
/// The real command line killed with SIGKILL at different moments of a build: the editor always
/// keeps a whole site (in place, or put back by the next build), and the next build cleans up.
/// </summary>
public sealed class KillDuringBuildTests
{
    // Killed the moment the staging folder appears (mid-write) or the old site is moved aside (between
    // the two renames, or while the old site is deleted); bounded, so the test stays a few seconds.
    private static readonly string[] KillWhenAppears = [".tmp-", ".old-"];

    [Fact]
    public void A_build_killed_at_any_moment_never_costs_the_last_good_site()
    {
        // Given a site that was built once
        using var site = MinimalSite.With(ManyChapters());
        var first = CliRunner.Execute(site.Root, "build");
        Assert.True(first.ExitCode == 0, first.StandardError);
        var good = DirectorySnapshot.Take(site.OutputDirectory);

        foreach (var leftover in KillWhenAppears)
        {
            // When a build is killed with SIGKILL while it writes or swaps
            KillBuildWhen(site.Root, leftover);

            // Then site/ is still the whole site, or a whole site waits next to it for the next build
            if (Directory.Exists(site.OutputDirectory))
            {
                Assert.Equal(good, DirectorySnapshot.Take(site.OutputDirectory));
            }
            else
            {
                Assert.Contains(Directory.EnumerateDirectories(site.Root, "site.*"), folder => SiteMarker.IsPresent(folder) && DirectorySnapshot.Take(folder).SequenceEqual(good));
            }
        }

        // And the next build succeeds, with the same site and no leftovers
        var last = CliRunner.Execute(site.Root, "build");
        Assert.True(last.ExitCode == 0, last.StandardError);
        Assert.Equal(good, DirectorySnapshot.Take(site.OutputDirectory));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName), name => name!.StartsWith("site.", StringComparison.Ordinal));
    }

    private static void KillBuildWhen(string workingDirectory, string leftover)
    {
        using var appeared = new ManualResetEventSlim();
        using var watcher = new FileSystemWatcher(workingDirectory) { IncludeSubdirectories = false };
        watcher.Created += (_, e) => Signal(e.Name);
        watcher.Renamed += (_, e) => Signal(e.Name);
        watcher.EnableRaisingEvents = true;
        void Signal(string? name)
        {
            if (name is not null && name.StartsWith("site" + leftover, StringComparison.Ordinal))
            {
                appeared.Set();
            }
        }

        using var process = ExternalProcess.Start("dotnet", [CliRunner.Assembly, "build"], workingDirectory);
        appeared.Wait(TimeSpan.FromMinutes(1));
        if (!process.HasExited)
        {
            // Kill(entireProcessTree) sends SIGKILL: no finally block, no cleanup runs.
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    /// <summary>Enough pages that writing and deleting a site takes long enough to be killed in the middle.</summary>
    private static string ManyChapters() =>
        string.Concat(Enumerable.Range(2, 39).Select(n => $"-- content/2024/{n:00}-kapitel-{n}.md --\n---\ntitle: Kapitel {n}\n---\n\nText {n}.\n\n## Del\n\nMer.\n"));
}
