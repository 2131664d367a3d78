using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>Two builds of the same input are byte-identical, wherever and whenever they run.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_content_write_the_same_bytes()
    {
        using var first = TestSite.FromRepository();
        using var second = TestSite.FromRepository();

        Assert.Equal(0, CliRunner.Execute(first.Root, "build").ExitCode);
        Assert.Equal(0, CliRunner.Execute(second.Root, "build").ExitCode);

        var a = DirectorySnapshot.Take(first.OutputDirectory);
        Assert.True(a.Count > 15, $"only {a.Count} files were built");
        Assert.Equal(a, DirectorySnapshot.Take(second.OutputDirectory));
    }
}
