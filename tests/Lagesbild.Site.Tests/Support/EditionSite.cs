using System.Text;
using System.Text.Json;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Support;

/// <summary>The three-edition fixture (Fixtures/three-editions.txt: 2022 and 2023 published, 2024 a draft) and helpers to read its build.</summary>
public static class EditionSite
{
    private static readonly string FixturePath = Path.Combine(RepoPaths.Root, "tests", "Lagesbild.Site.Tests", "Fixtures", "three-editions.txt");

    // One copy of the fixture on disk, built once without and once with drafts, for the many tests that only read a build.
    private static readonly Lazy<TestSite> SharedSite = new(() =>
    {
        var site = Create();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => site.Dispose();
        return site;
    });

    private static readonly Lazy<BuildResult> PublishedBuild = new(() => Clean(SharedSite.Value.Build()));

    private static readonly Lazy<BuildResult> DraftsBuild = new(() => Clean(SharedSite.Value.Build(drafts: true)));

    private static readonly Lazy<WrittenSite> PublishedWritten = new(() => WrittenSite.Of(Published));

    private static readonly Lazy<WrittenSite> DraftsWritten = new(() => WrittenSite.Of(WithDrafts));

    /// <summary>A fresh copy of the fixture, for a test that changes it.</summary>
    public static TestSite Create() => TestSite.FromText(File.ReadAllText(FixturePath));

    /// <summary>The fixture's public build (2022 and 2023), made once per run and shared.</summary>
    public static BuildResult Published => PublishedBuild.Value;

    /// <summary>The fixture's build with drafts (2024 too), made once per run and shared.</summary>
    public static BuildResult WithDrafts => DraftsBuild.Value;

    /// <summary><see cref="Published"/> written to disk, for the browser.</summary>
    public static WrittenSite PublishedOnDisk => PublishedWritten.Value;

    /// <summary><see cref="WithDrafts"/> written to disk, for the browser.</summary>
    public static WrittenSite WithDraftsOnDisk => DraftsWritten.Value;

    /// <summary>Builds in memory and fails the test with the diagnostics when the build fails or warns.</summary>
    public static BuildResult BuildClean(this TestSite site, bool drafts = false, string? baseUrl = null)
    {
        var result = site.Build(baseUrl, drafts);
        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static BuildResult Clean(BuildResult result) =>
        result.Succeeded && result.Diagnostics.IsEmpty
            ? result
            : throw new InvalidOperationException("the three-edition fixture does not build cleanly:\n" + string.Join('\n', result.Diagnostics));

    public static byte[] Bytes(this BuildResult result, string relativePath) =>
        result.Files.SingleOrDefault(f => f.RelativePath == relativePath)?.Content
            ?? throw new Xunit.Sdk.XunitException($"no file {relativePath}");

    public static string Text(this BuildResult result, string relativePath) => Encoding.UTF8.GetString(result.Bytes(relativePath));

    public static JsonElement Json(this BuildResult result, string relativePath) =>
        JsonDocument.Parse(result.Bytes(relativePath)).RootElement.Clone();

    public static IEnumerable<string> Paths(this BuildResult result) => result.Files.Select(f => f.RelativePath);
}
