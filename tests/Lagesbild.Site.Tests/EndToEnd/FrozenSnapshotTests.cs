using System.Security.Cryptography;
using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The golden snapshot of the frozen 2024 report's output: every path the build writes with the
/// SHA-256 of its bytes, checked in as Snapshots/content-2024.txt. Any change to what the site
/// publishes (a page, an asset, the search index) shows up here, to be reviewed in the diff.
/// </summary>
public sealed class FrozenSnapshotTests
{
    private const string UpdateVariable = "LAGESBILD_UPDATE_SNAPSHOT";

    private static string SnapshotPath => Path.Combine(RepoPaths.TestProject, "Snapshots", "content-2024.txt");

    [Fact]
    public void The_frozen_report_builds_to_the_checked_in_listing_of_paths_and_hashes()
    {
        // Given the frozen report built with the real layouts
        var listing = Listing(SharedBuilds.Frozen.Files);

        // When the snapshot is being updated on purpose, write it and stop
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(SnapshotPath, listing);
            return;
        }

        // Then every path and every byte is as reviewed
        var expected = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        Assert.True(expected == listing, Explain(expected, listing));
    }

    private static string Listing(IEnumerable<Lagesbild.Site.Output.OutputFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            text.Append(Convert.ToHexStringLower(SHA256.HashData(file.Content))).Append("  ").Append(file.RelativePath).Append('\n');
        }

        return text.ToString();
    }

    private static string Explain(string expected, string actual)
    {
        var before = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var lines = before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)).Take(40);
        return "The frozen report's output changed (tests/Lagesbild.Site.Tests/Snapshots/content-2024.txt):\n"
            + string.Join('\n', lines)
            + $"\nIf the change is intended, review it and rewrite the snapshot with {UpdateVariable}=1 "
            + "dotnet test --filter FullyQualifiedName~FrozenSnapshotTests, then commit the file.";
    }
}
