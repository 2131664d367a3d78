using System.Text;
using System.Text.Json;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Editions;

/// <summary>The three-edition fixture (Fixtures/three-editions.txt: 2022 and 2023 published, 2024 a draft) and helpers to read its build.</summary>
public static class EditionSite
{
    private static readonly string FixturePath = Path.Combine(RepoPaths.Root, "tests", "Lagesbild.Site.Tests", "Fixtures", "three-editions.txt");

    public static TestSite Create() => TestSite.FromText(File.ReadAllText(FixturePath));

    /// <summary>Builds in memory and fails the test with the diagnostics when the build fails or warns.</summary>
    public static BuildResult BuildClean(this TestSite site, bool drafts = false, string? baseUrl = null)
    {
        var result = site.Build(baseUrl, drafts);
        Assert.True(result.Succeeded && result.Diagnostics.IsEmpty, string.Join('\n', result.Diagnostics));
        return result;
    }

    public static byte[] Bytes(this BuildResult result, string relativePath) =>
        result.Files.SingleOrDefault(f => f.RelativePath == relativePath)?.Content
            ?? throw new Xunit.Sdk.XunitException($"no file {relativePath}");

    public static string Text(this BuildResult result, string relativePath) => Encoding.UTF8.GetString(result.Bytes(relativePath));

    public static JsonElement Json(this BuildResult result, string relativePath) =>
        JsonDocument.Parse(result.Bytes(relativePath)).RootElement.Clone();

    public static IEnumerable<string> Paths(this BuildResult result) => result.Files.Select(f => f.RelativePath);
}
