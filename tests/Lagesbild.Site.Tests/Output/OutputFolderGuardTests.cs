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

    [Theory]
    [InlineData("",
        "--out:1:1: fel: --out saknar ett mappnamn. (Skriv mappen som sajten ska byggas i, till exempel --out site.) [LB700]",
        "--out:1:1: error: --out names no folder (name the folder to build the site into, e.g. --out site) [LB700]")]
    [InlineData("tools/readme.txt",
        "tools/readme.txt:1:1: fel: `tools/readme.txt` är en fil, inte en mapp. (Välj en mapp för den byggda sajten med --out, till exempel --out site.) [LB701]",
        "tools/readme.txt:1:1: error: `tools/readme.txt` is a file, not a folder (choose a folder for the built site with --out, e.g. --out site) [LB701]")]
    [InlineData("content/2024",
        "content/2024:1:1: fel: --out `content/2024` ligger i innehållsmappen (content). Den byggda sajten får inte blandas med det som bygget läser. (Välj en mapp utanför content/ och layouts/, till exempel --out site.) [LB703]",
        "content/2024:1:1: error: --out `content/2024` lies inside the content folder; the built site must not mix with what the build reads (choose a folder outside content/ and layouts/, e.g. --out site) [LB703]")]
    [InlineData("tools",
        "tools:1:1: fel: Mappen `tools` innehåller filer som bygget inte har skrivit. Bygget ersätter bara en tom mapp eller en mapp som det själv har byggt, så inget har ändrats. (Välj en annan mapp med --out, eller flytta bort det som ligger i `tools` om du vet att det kan tas bort.) [LB704]",
        "tools:1:1: error: the folder `tools` holds files the build did not write; a build only replaces an empty folder or one it built itself, so nothing was changed (choose another folder with --out, or move away what is in `tools` if you know it can go) [LB704]")]
    public void A_refusal_is_one_whole_line_in_swedish_and_in_english(string output, string swedish, string english)
    {
        using var workspace = new OutputWorkspace();

        var inSwedish = workspace.Build(output, language: Lagesbild.Site.Diagnostics.Language.Swedish);
        var inEnglish = workspace.Build(output);

        Assert.Equal(1, inSwedish.ExitCode);
        Assert.Equal(1, inEnglish.ExitCode);
        Assert.Contains(swedish, Lines(inSwedish.Errors));
        Assert.Contains(english, Lines(inEnglish.Errors));
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

        var (exit, _, errors) = workspace.Build("site", language: Lagesbild.Site.Diagnostics.Language.Swedish);

        Assert.Equal(1, exit);
        Assert.Contains("site:1:1: fel: `site` är en symbolisk länk. Bygget ersätter bara riktiga mappar. (Ange mappen som länken pekar på med --out.) [LB707]", Lines(errors));
        Assert.Equal(before, DirectorySnapshot(workspace.Combine("content")));
    }

    [Fact]
    public void A_folder_below_a_file_is_a_finding_not_a_stack_trace()
    {
        using var workspace = new OutputWorkspace();

        var (exit, _, errors) = workspace.Build("tools/readme.txt/site", language: Lagesbild.Site.Diagnostics.Language.Swedish);
        var english = workspace.Build("tools/readme.txt/site");

        // The system's reason names the file in the way, by its absolute path in the temporary repository.
        Assert.Equal(1, exit);
        Assert.Contains("tools/readme.txt/site:1:1: fel: Sajten gick inte att skriva till `tools/readme.txt/site`: The file '…/tools/readme.txt' already exists. (Kontrollera att mappen är skrivbar och att disken har plats, eller välj en annan mapp med --out. Den förra sajten är orörd.) [LB708]",
            Lines(workspace.Relative(errors)));
        Assert.Contains("tools/readme.txt/site:1:1: error: cannot write the site into `tools/readme.txt/site`: The file '…/tools/readme.txt' already exists. (check that the folder is writable and the disk has room, or choose another folder with --out; the previous site is untouched) [LB708]",
            Lines(workspace.Relative(english.Errors)));
        Assert.DoesNotContain("   at ", errors + english.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_of_symbolic_links_above_out_is_a_finding_not_a_stack_trace()
    {
        // Given a link that points at itself
        using var workspace = new OutputWorkspace();
        Directory.CreateSymbolicLink(workspace.Combine("loop"), workspace.Combine("loop"));

        // When an editor builds into a folder below it
        var (exit, _, errors) = workspace.Build("loop/site", language: Lagesbild.Site.Diagnostics.Language.Swedish);

        // Then the folder cannot be read, which the system says with the absolute path of the link, and the link is left as it was
        Assert.Equal(1, exit);
        Assert.Contains("loop/site:1:1: fel: Mappen `loop/site` går inte att läsa: Too many levels of symbolic links in '…/loop'. (Kontrollera att du har behörighet till mappen, eller välj en annan med --out.) [LB705]",
            Lines(workspace.Relative(errors)));
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.Equal(workspace.Combine("loop"), new FileInfo(workspace.Combine("loop")).LinkTarget);
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

    private static string[] Lines(string text) => text.Split('\n');

    private static SortedDictionary<string, string> DirectorySnapshot(string folder) => Support.DirectorySnapshot.Take(folder);
}
