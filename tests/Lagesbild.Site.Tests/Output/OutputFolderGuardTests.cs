using Lagesbild.Site.Output;

namespace Lagesbild.Site.Tests.Output;

/// <summary>
/// `build --out` can never take anything with it: a folder the build reads, the repository, where
/// the editor stands, their home or the root are refused with a finding, and nothing is deleted.
/// </summary>
public sealed class OutputFolderGuardTests
{
    [Theory]
    [InlineData("content", "LB702", "the content folder")]
    [InlineData("content/", "LB702", "the content folder")]
    [InlineData("content/../content", "LB702", "the content folder")]
    [InlineData("layouts", "LB702", "the layouts folder")]
    [InlineData(".", "LB702", "the current folder")]
    [InlineData("..", "LB702", "is or contains")]
    [InlineData("/", "LB702", "the file system root")]
    [InlineData("~", "LB702", "your home folder")]
    [InlineData("content/2024", "LB703", "lies inside the content folder")]
    [InlineData("content/2024/site", "LB703", "lies inside the content folder")]
    [InlineData("layouts/partials/site", "LB703", "lies inside the layouts folder")]
    [InlineData("tools", "LB704", "holds files the build did not write")]
    [InlineData("tools/readme.txt", "LB701", "is a file, not a folder")]
    [InlineData("", "LB700", "--out names no folder")]
    [InlineData("   ", "LB700", "--out names no folder")]
    public void A_folder_the_build_must_not_replace_is_refused_and_nothing_changes(string output, string code, string reason)
    {
        // Given a repository with content, layouts, a .git folder and a home folder
        using var workspace = new OutputWorkspace();
        var before = workspace.Snapshot();

        // When an editor builds into it
        var (exit, _, errors) = workspace.Build(output == "~" ? workspace.Home : output);

        // Then the build is refused with the reason and the fix, and not one file is changed
        Assert.Equal(1, exit);
        Assert.Contains($"error: ", errors, StringComparison.Ordinal);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
        Assert.Contains($"[{code}]", errors, StringComparison.Ordinal);
        Assert.Contains("(", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Snapshot());
    }

    [Fact]
    public void The_repository_root_is_refused_from_a_folder_inside_it()
    {
        using var workspace = new OutputWorkspace();
        var before = workspace.Snapshot();

        var (exit, _, errors) = workspace.Build("..", currentDirectory: workspace.Combine("tools"));

        Assert.Equal(1, exit);
        Assert.Contains("is or contains the repository root", errors, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Snapshot());
    }

    [Fact]
    public void A_symbolic_link_to_the_content_folder_is_refused()
    {
        using var workspace = new OutputWorkspace();
        Directory.CreateSymbolicLink(workspace.Combine("site"), workspace.Combine("content"));
        var before = DirectorySnapshot(workspace.Combine("content"));

        var (exit, _, errors) = workspace.Build("site");

        Assert.Equal(1, exit);
        Assert.Contains("[LB707]", errors, StringComparison.Ordinal);
        Assert.Equal(before, DirectorySnapshot(workspace.Combine("content")));
    }

    [Fact]
    public void A_folder_below_a_file_is_a_finding_not_a_stack_trace()
    {
        using var workspace = new OutputWorkspace();

        var (exit, _, errors) = workspace.Build("tools/readme.txt/site");

        Assert.Equal(1, exit);
        Assert.Contains("tools/readme.txt/site:1:1: error: cannot write the site into", errors, StringComparison.Ordinal);
        Assert.Contains("[LB708]", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_is_in_swedish_for_editors()
    {
        using var workspace = new OutputWorkspace();
        var diagnostics = new Lagesbild.Site.Diagnostics.DiagnosticBag();

        Assert.Null(OutputFolderGuard.Check("content", workspace.Rules(), diagnostics));

        var finding = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("content:1:1: fel: --out `content` är eller innehåller innehållsmappen (content). Bygget ersätter hela mappen, så inget har ändrats. (Välj en egen mapp för den byggda sajten, till exempel --out site.) [LB702]",
            finding.Format(Lagesbild.Site.Diagnostics.Language.Swedish));
    }

    [Fact]
    public void The_default_site_folder_an_empty_folder_and_a_folder_the_build_wrote_are_accepted()
    {
        // Given a repository with an empty folder
        using var workspace = new OutputWorkspace();
        Directory.CreateDirectory(workspace.Combine("tom"));

        // When it builds into site/ twice and into the empty folder
        var first = workspace.Build("site");
        var second = workspace.Build("site");
        var empty = workspace.Build("tom");

        // Then all three succeed and each folder is a whole site marked as the build's own
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.True(empty.ExitCode == 0, empty.Errors);
        Assert.True(File.Exists(workspace.Combine("site", "2024", "index.html")));
        Assert.True(SiteMarker.IsPresent(workspace.Combine("site")));
        Assert.True(SiteMarker.IsPresent(workspace.Combine("tom")));
        Assert.DoesNotContain(Directory.EnumerateDirectories(workspace.Root).Select(Path.GetFileName), name => name!.StartsWith("site.", StringComparison.Ordinal));
    }

    private static SortedDictionary<string, string> DirectorySnapshot(string folder) => Support.DirectorySnapshot.Take(folder);
}
