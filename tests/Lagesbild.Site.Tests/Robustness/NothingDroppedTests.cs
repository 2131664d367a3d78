using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>Content the build used to skip or overwrite without a word (issue 9, part 6) is now an error or a warning with its path.</summary>
public sealed class NothingDroppedTests
{
    [Theory]
    [InlineData("sok")]
    [InlineData("utskrift")]
    [InlineData("data")]
    [InlineData("senaste")]
    public void A_chapter_slug_that_is_a_generated_folder_is_an_error(string slug)
    {
        using var site = MinimalSite.With($"-- content/2024/05-{slug}.md --\n---\ntitle: Krock\n---\n\nText.\n");

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Edition.ReservedSlug);

        Assert.EndsWith($"content/2024/05-{slug}.md:1:1", error.Location.ToString());
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("1899")]
    [InlineData("2101")]
    [InlineData("2025b")]
    [InlineData("utkast")]
    public void A_folder_that_is_not_an_edition_year_is_an_error(string name)
    {
        using var site = MinimalSite.With($"-- content/{name}/edition.yml --\ntitle: X\n");

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Edition.BadEditionFolder);

        Assert.EndsWith($"content/{name}:1:1", error.Location.ToString());
    }

    [Theory]
    [InlineData("content/2024/02-kapitel.MD", Severity.Error)]
    [InlineData("content/2024/02-kapitel.markdown", Severity.Error)]
    [InlineData("content/2024/data/t.yaml", Severity.Error)]
    [InlineData("content/2024/data/t.YML", Severity.Error)]
    [InlineData("content/site.yaml", Severity.Error)]
    [InlineData("content/2024/rapport.pdf", Severity.Warning)]
    [InlineData("content/2024/data/t.csv", Severity.Warning)]
    [InlineData("content/2024/bilder/karta.txt", Severity.Warning)]
    public void A_file_the_tool_does_not_read_is_reported(string path, Severity severity)
    {
        using var site = MinimalSite.With($"-- {path} --\ncaption: T\n");

        // A misnamed chapter or YAML file (an error) has its own code; any other unread file is a warning.
        var code = severity == Severity.Error ? DiagnosticCodes.Edition.MisnamedFile : DiagnosticCodes.Edition.UnexpectedFile;
        var diagnostic = Assert.Single(ContentCheck.Run(site.ContentDirectory), d => d.Code == code);

        Assert.Equal(severity, diagnostic.Severity);
        var reported = path.StartsWith("content/2024/bilder/", StringComparison.Ordinal) ? "content/2024/bilder" : path;
        Assert.EndsWith(reported + ":1:1", diagnostic.Location.ToString());
    }

    [Theory]
    [InlineData("content/2024/karta.png")]
    [InlineData("content/2024/karta.SVG")]
    [InlineData("content/2024/.DS_Store")]
    [InlineData("content/.gitkeep")]
    public void Images_and_system_files_are_not_reported(string path)
    {
        using var site = MinimalSite.With($"-- {path} --\nx\n");

        Assert.Empty(ContentCheck.Run(site.ContentDirectory));
    }

    [Fact]
    public void A_table_no_chapter_places_is_a_warning_unless_internal_content_places_it()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-intern.md --
            ---
            title: Intern
            ---

            ::: internal
            ::: table intern
            :::
            :::
            -- content/2024/data/intern.yml --
            caption: Intern
            columns:
              - { key: a, header: A, type: text }
            rows: []
            -- content/2024/data/glomd.yml --
            caption: Glömd
            columns:
              - { key: a, header: A, type: text }
            rows: []
            """);

        var diagnostics = ContentCheck.Run(site.ContentDirectory);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.Table.NotPlaced, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("content/2024/data/glomd.yml:1:1", warning.Location.ToString());
    }

    [Fact]
    public void Markers_without_notes_notes_without_markers_and_empty_column_groups_are_reported()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-tabell.md --
            ---
            title: Tabell
            ---

            ::: table t
            :::
            -- content/2024/data/t.yml --
            caption: T
            notes:
              - { marker: "*", text: Används. }
              - { marker: "**", text: Används inte. }
            columns:
              - { key: namn, header: Namn, type: text, marker: "*" }
              - { key: antal, header: Antal, type: integer, marker: "†" }
              - group: Tom grupp
                columns: []
            rows:
              - cells: [Järva, 1]
                marker: "‡"
            """);

        var diagnostics = ContentCheck.Run(site.ContentDirectory).Select(d => $"{d.Severity} {d.Code} {d.Location.Line}:{d.Location.Column}");

        // Errors first, then warnings, each in file order.
        Assert.Equal(["Error LB313 7:57", "Error LB314 8:5", "Error LB313 12:13", "Warning LB312 4:15"], diagnostics);
    }

    [Fact]
    public void A_link_from_a_published_edition_to_a_draft_is_an_error()
    {
        using var site = MinimalSite.With("""
            -- content/2025/edition.yml --
            title: Lägesbild 2025
            published: 2025-12-01
            status: draft
            summary: Utkast.
            -- content/2025/01-inledning.md --
            ---
            title: Inledning
            ---

            Se [förra året](../2024/01-inledning.md).
            -- content/2024/02-framat.md --
            ---
            title: Framåt
            ---

            Se [nästa år](../2025/01-inledning.md).
            """);

        var error = Assert.Single(ContentCheck.Run(site.ContentDirectory));

        Assert.Equal(DiagnosticCodes.Edition.LinkToDraft, error.Code);
        Assert.Equal("content/2024/02-framat.md:5:4", Path.GetRelativePath(site.Root, error.Location.ToString()));
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("2024/edition.yml")]
    [InlineData("2024/data")]
    [InlineData("2024/01-inledning.md")]
    [InlineData("2023")]
    public void A_symbolic_link_anywhere_in_content_is_refused_and_not_followed(string linked)
    {
        using var outside = new TempDirectory();
        using var site = MinimalSite.With("""
            -- content/2024/02-tabell.md --
            ---
            title: Tabell
            ---

            ::: table t
            :::
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - { key: a, header: A, type: text }
            rows: []
            """);
        var link = Path.Combine(site.ContentDirectory, linked);
        var target = outside.Combine("target");
        if (Directory.Exists(link))
        {
            Directory.Move(link, target);
            Directory.CreateSymbolicLink(link, target);
        }
        else if (File.Exists(link))
        {
            File.Move(link, target);
            File.CreateSymbolicLink(link, target);
        }
        else
        {
            TestSite.CopyDirectory(Path.Combine(site.ContentDirectory, "2024"), target);
            Directory.CreateSymbolicLink(link, target);
        }

        var diagnostics = ContentCheck.Run(site.ContentDirectory);

        var error = diagnostics.SingleError(DiagnosticCodes.Edition.UnsafePath);
        Assert.EndsWith($"content/{linked}:1:1", error.Location.ToString());
    }
}
