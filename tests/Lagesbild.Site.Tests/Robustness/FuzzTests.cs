using System.Diagnostics;
using System.Text;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;
using Xunit.Abstractions;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>
/// Mutates copies of the real content (never content/ itself) for a fixed time and checks that
/// every run ends in success or findings: never an exception, never an internal error (LB900,
/// a bug), never a hang, never runaway memory. Each run has its own seed; a failure prints it, and
/// <c>LAGESBILD_FUZZ_SEED=&lt;seed&gt;</c> replays exactly that run first. By default it makes a
/// fixed number of runs, so every machine, loaded or not, checks the same seeds;
/// <c>LAGESBILD_FUZZ_SECONDS</c> runs for that long instead, to explore further.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int FirstSeed = 1;
    private const int DefaultRuns = 300;
    private static readonly TimeSpan PerRunLimit = TimeSpan.FromSeconds(10);
    private const long AllocationLimit = 2L * 1024 * 1024 * 1024;

    [Fact]
    public void Mutated_content_gives_findings_never_an_exception_a_hang_or_runaway_memory()
    {
        TimeSpan? budget = int.TryParse(Environment.GetEnvironmentVariable("LAGESBILD_FUZZ_SECONDS"), out var s) ? TimeSpan.FromSeconds(s) : null;
        using var site = TestSite.FromRepository();
        var files = ContentFiles(site.ContentDirectory);
        var originals = files.ToDictionary(f => f, File.ReadAllBytes);
        var seeds = Seeds();
        var clock = Stopwatch.StartNew();
        var runs = 0;
        var findings = 0;
        foreach (var seed in seeds)
        {
            if (budget is { } time ? clock.Elapsed > time && runs >= 20 : runs >= DefaultRuns)
            {
                break;
            }

            var (description, diagnostics) = Run(seed, files, originals, site.ContentDirectory);
            runs++;
            findings += diagnostics.Length;
            var bugs = diagnostics.Where(d => d.Code == DiagnosticCodes.Internal.Unexpected).ToList();
            Assert.True(bugs.Count == 0, $"seed {seed}{description}: internal error\n{string.Join('\n', bugs.Select(b => b.Format(Language.English)))}");
            Assert.All(diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"seed {seed}{description}: {d.Format(Language.English)}"));
        }

        output.WriteLine($"{runs} mutated runs in {clock.Elapsed.TotalSeconds:0.0} s, {findings} findings");
    }

    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    public void A_mutated_full_build_ends_in_pages_or_findings(int seed)
    {
        using var site = TestSite.FromRepository();
        var files = ContentFiles(site.ContentDirectory);
        var random = new Random(seed);
        var log = new StringBuilder();
        var file = files[random.Next(files.Count)];
        log.Append($" {Path.GetFileName(file)}:");
        File.WriteAllBytes(file, ContentMutator.Mutate(File.ReadAllBytes(file), random, log));

        var result = Bounded(seed, log.ToString(), () => SiteBuilder.Build(site.Options()));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Internal.Unexpected);
        Assert.True(result.Succeeded ? !result.Files.IsEmpty : result.Files.IsEmpty, $"seed {seed}{log}");
    }

    private static (string Description, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Run(
        int seed, List<string> files, Dictionary<string, byte[]> originals, string contentDirectory)
    {
        var random = new Random(seed);
        var log = new StringBuilder();
        var changed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => files[random.Next(files.Count)]).Distinct().ToList();
        try
        {
            foreach (var file in changed)
            {
                log.Append($" {Path.GetRelativePath(contentDirectory, file)}:");
                File.WriteAllBytes(file, ContentMutator.Mutate(originals[file], random, log));
            }

            var includeInternal = seed % 2 == 0;
            var allocated = GC.GetTotalAllocatedBytes();
            var diagnostics = Bounded(seed, log.ToString(), () => ContentCheck.Run(contentDirectory, includeInternal));
            var used = GC.GetTotalAllocatedBytes() - allocated;
            Assert.True(used < AllocationLimit, $"seed {seed}{log}: {used / (1024 * 1024)} MB allocated");
            return (log.ToString(), diagnostics);
        }
        finally
        {
            foreach (var file in changed)
            {
                File.WriteAllBytes(file, originals[file]);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> on its own thread; a hang or an exception fails the test with the seed.</summary>
    private static T Bounded<T>(int seed, string description, Func<T> action)
    {
        var task = Task.Run(action);
        try
        {
            Assert.True(task.Wait(PerRunLimit), $"seed {seed}{description}: no result within {PerRunLimit.TotalSeconds} s");
        }
        catch (AggregateException ex)
        {
            Assert.Fail($"seed {seed}{description}: {ex.InnerException}");
        }

        return task.Result;
    }

    private static IEnumerable<int> Seeds()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("LAGESBILD_FUZZ_SEED"), out var replay))
        {
            yield return replay;
        }

        for (var seed = FirstSeed; ; seed++)
        {
            yield return seed;
        }
    }

    private static List<string> ContentFiles(string contentDirectory) =>
        [.. Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
