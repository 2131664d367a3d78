using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Editions;

/// <summary><c>new-edition YEAR</c> starts next year's edition from the latest one, as a draft, and never overwrites one.</summary>
public sealed class NewEditionTests
{
    [Fact]
    public void Copies_the_latest_edition_as_a_draft_with_the_year_and_dates_moved_on()
    {
        using var site = EditionSite.Create();

        var run = CliRunner.Execute(site.Root, "new-edition", "2025", "--content", "content");

        Assert.True(run.ExitCode == 0, run.StandardError);

        // The latest edition is the 2024 draft: its chapters and tables are copied byte for byte
        var source = Path.Combine(site.ContentDirectory, "2024");
        var target = Path.Combine(site.ContentDirectory, "2025");
        var copied = DirectorySnapshot.Take(target);
        var original = DirectorySnapshot.Take(source);
        Assert.Equal(original.Keys, copied.Keys);
        Assert.All(original.Where(f => f.Key != "edition.yml"), f => Assert.Equal(f.Value, copied[f.Key]));

        // and edition.yml is moved on: the title's year, the published date, status: draft, the rest kept
        Assert.Equal(
            """
            title: Lägesbild 2025
            published: 2025-12-01
            status: draft
            summary: Den tredje utgåvan, ännu ett utkast.
            home_chapter: inledning

            """.ReplaceLineEndings("\n"),
            site.Read("content/2025/edition.yml"));

        // And the editor is told what was made and what to do next
        Assert.Contains("Created content/2025/ from content/2024/: 2 chapters and 1 data tables, status: draft.", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("published: 2025-12-01", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Next:", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("build --drafts", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("set `status: published` in content/2025/edition.yml", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("content/2025/01-inledning.md", run.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(site.ContentDirectory, ".new-edition-*"));
    }

    [Fact]
    public void The_new_draft_builds_with_drafts_and_its_pages_say_it_is_a_draft()
    {
        using var site = EditionSite.Create();
        Assert.Equal(0, CliRunner.Execute(site.Root, "new-edition", "2025").ExitCode);

        var result = site.BuildClean(drafts: true);

        var home = result.Page("2025/index.html");
        Assert.Equal("Lägesbild 2025", home.QuerySelector("main h1")!.NormalizedText());
        Assert.NotNull(home.QuerySelector(".draft-banner"));
        Assert.Contains("2025/brottsligheten/index.html", result.Paths());

        // Without --drafts it is not built at all
        Assert.DoesNotContain(site.BuildClean().Paths(), p => p.StartsWith("2025/", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_edition()
    {
        using var site = EditionSite.Create();
        var before = DirectorySnapshot.Take(site.ContentDirectory);

        var run = CliRunner.Execute(site.Root, "new-edition", "2023");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/2023:1:1: error: the edition 2023 already exists; new-edition never overwrites an edition", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("[LB403]", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("No edition was created.", run.StandardError, StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
        Assert.Equal(before, DirectorySnapshot.Take(site.ContentDirectory));
    }

    [Fact]
    public void Refuses_a_year_before_the_latest_edition()
    {
        using var site = EditionSite.Create();
        Directory.Delete(Path.Combine(site.ContentDirectory, "2022"), recursive: true);
        var before = DirectorySnapshot.Take(site.ContentDirectory);

        var run = CliRunner.Execute(site.Root, "new-edition", "2022");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: 2022 is older than the latest edition 2024", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, DirectorySnapshot.Take(site.ContentDirectory));
    }
}
