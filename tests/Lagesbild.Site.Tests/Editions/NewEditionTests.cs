using Lagesbild.Site.Cli;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Editions;

/// <summary>
/// <c>new-edition YEAR</c> starts next year's edition from the latest one, as a draft, never
/// overwrites one, and keeps last year's figures from being published as this year's.
/// </summary>
public sealed class NewEditionTests
{
    private const string CopyMark = """
        # Den här tabellen är kopierad från 2024 års utgåva och har inte uppdaterats för 2025 än.
        # När du har fört in 2025 års siffror: ta bort raden `copied_from: 2024` och de här kommentarerna.
        # Ska siffrorna vara desamma som 2024 med avsikt, skriv `unchanged: true` på raden under i stället.
        # Så länge raden finns varnar `check` för tabellen, diagrammet visar bara tidigare års siffror,
        # och upplagan går inte att publicera.
        copied_from: 2024

        """;

    [Fact]
    public void Copies_the_latest_edition_as_a_draft_marks_its_tables_and_says_in_Swedish_what_to_update()
    {
        using var site = EditionSite.Create();

        var run = CliRunner.ExecuteIn(Language.Swedish, site.Root, "new-edition", "2025", "--content", "content");

        Assert.True(run.ExitCode == 0, run.StandardError);

        // The latest edition is the 2024 draft: its chapters are copied byte for byte
        var original = DirectorySnapshot.Take(Path.Combine(site.ContentDirectory, "2024"));
        var copied = DirectorySnapshot.Take(Path.Combine(site.ContentDirectory, "2025"));
        Assert.Equal(original.Keys, copied.Keys);
        Assert.All(original.Where(f => f.Key.EndsWith(".md", StringComparison.Ordinal)), f => Assert.Equal(f.Value, copied[f.Key]));

        // and each table is last year's, marked at the top as not yet updated
        Assert.Equal(
            CopyMark.ReplaceLineEndings("\n") + site.Read("content/2024/data/narkotikabrott.yml"),
            site.Read("content/2025/data/narkotikabrott.yml"));

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

        // And the editor is told, in Swedish, what was made and every file to update
        var output = run.StandardOutput;
        Assert.Contains("Skapade content/2025/ som en kopia av content/2024/: 2 kapitel och 1 tabeller, som utkast (status: draft).", output, StringComparison.Ordinal);
        Assert.Contains("published: 2025-12-01 (flyttat ett år från 2024; skriv det riktiga datumet)", output, StringComparison.Ordinal);
        Assert.Contains("Att göra:", output, StringComparison.Ordinal);
        Assert.Contains("1. Uppdatera content/2025/edition.yml: datumet i published, sammanfattningen (summary)", output, StringComparison.Ordinal);
        Assert.Contains("ta bort raden `copied_from: 2024`", output, StringComparison.Ordinal);
        Assert.Contains("       content/2025/data/narkotikabrott.yml\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("De här 1 filerna nämner 2024 eller 2023; läs igenom var och en:\n       content/2025/01-inledning.md", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("skriv `status: published` i content/2025/edition.yml", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(site.ContentDirectory, ".new-edition-*"));
    }

    [Fact]
    public void Prints_English_for_developers()
    {
        using var site = EditionSite.Create();

        var (exit, output, _) = Run(site, 2025, Language.English);

        Assert.Equal(0, exit);
        Assert.Contains("Created content/2025/ from content/2024/: 2 chapters and 1 data tables, status: draft.", output, StringComparison.Ordinal);
        Assert.Contains("remove the line `copied_from: 2024`", output, StringComparison.Ordinal);
        Assert.Contains("set `status: published` in content/2025/edition.yml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copied_table_is_a_warning_in_the_draft_and_an_error_once_the_edition_is_published()
    {
        using var site = EditionSite.Create();
        Assert.Equal(0, Run(site, 2025).Exit);

        // The draft builds, with one warning per copied table at its copy mark
        var draft = site.Build(drafts: true);
        Assert.True(draft.Succeeded);
        var warning = Assert.Single(draft.Diagnostics);
        Assert.Equal((Severity.Warning, "LB430"), (warning.Severity, warning.Code));
        Assert.Equal("content/2025/data/narkotikabrott.yml:6:1", warning.Location.ToString());
        Assert.Equal("Tabellen `narkotikabrott` är kopierad från 2024 och inte uppdaterad än. Dess diagram visar bara tidigare års siffror tills dess.", warning.Message.Swedish);
        Assert.Contains("ta sedan bort raden `copied_from: 2024`", warning.Hint!.Swedish, StringComparison.Ordinal);

        // Published with the copy left in, nothing is built
        Publish(site, "2025");
        var published = site.Build();
        Assert.Empty(published.Files);
        var error = Assert.Single(published.Diagnostics);
        Assert.Equal((Severity.Error, "LB431", "content/2025/data/narkotikabrott.yml:6:1"), (error.Severity, error.Code, error.Location.ToString()));
        Assert.Equal("Tabellen `narkotikabrott` har fortfarande siffrorna från 2024, och 2025 års utgåva är markerad som publicerad.", error.Message.Swedish);

        // Unchanged on purpose: the editor says so, and it publishes
        site.Write("content/2025/data/narkotikabrott.yml", site.Read("content/2025/data/narkotikabrott.yml").Replace("copied_from: 2024\n", "copied_from: 2024\nunchanged: true\n", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        // Updated: the mark is removed, and it publishes
        site.Write("content/2025/data/narkotikabrott.yml", site.Read("content/2024/data/narkotikabrott.yml").Replace("1047", "1100", StringComparison.Ordinal));
        var updated = site.Build();
        Assert.True(updated.Succeeded && updated.Diagnostics.IsEmpty, string.Join('\n', updated.Diagnostics));
    }

    [Fact]
    public void A_draft_chart_does_not_draw_the_copied_figures_as_the_new_year()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-anmalningar.md --
            ---
            title: Anmälningar
            ---

            ::: chart anmalningar
            :::

            ::: table anmalningar
            :::
            -- content/2024/data/anmalningar.yml --
            caption: Anmälningar per stadsdelsnämnd
            columns:
              - { key: namnd, header: Stadsdelsnämnd, type: text }
              - { key: antal, header: Antal, type: integer }
            rows:
              - [Järva, 5110]
              - [Hägersten-Älvsjö, 5518]
            """);
        Assert.Equal(0, Run(site, 2025).Exit);

        string[] Series() =>
            [.. site.Build(drafts: true).Page("2025/anmalningar/index.html").QuerySelectorAll("#diagram-anmalningar .chart-wide rect.chart-bar")
                .Select(r => $"{r.GetAttribute("data-series")}:{r.GetAttribute("data-category")}={r.GetAttribute("data-value")}")];

        // Not updated: only 2024's bars, not a second, identical set labelled 2025
        Assert.Equal([":Järva=5110", ":Hägersten-Älvsjö=5518"], Series());

        // Updated: both editions, each with its own figures
        site.Write("content/2025/data/anmalningar.yml", site.Read("content/2024/data/anmalningar.yml").Replace("5110", "5200", StringComparison.Ordinal));
        Assert.Equal(["Lägesbild 2024:Hägersten-Älvsjö=5518", "Lägesbild 2024:Järva=5110", "Lägesbild 2025:Hägersten-Älvsjö=5518", "Lägesbild 2025:Järva=5200"], Series().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_unchanged_last_year_is_marked_again_for_the_next()
    {
        using var site = EditionSite.Create();
        Assert.Equal(0, Run(site, 2025).Exit);
        site.Write("content/2025/data/narkotikabrott.yml", site.Read("content/2025/data/narkotikabrott.yml").Replace("copied_from: 2024\n", "copied_from: 2024\nunchanged: true\n", StringComparison.Ordinal));

        Assert.Equal(0, Run(site, 2026).Exit);

        var table = site.Read("content/2026/data/narkotikabrott.yml");
        Assert.StartsWith("# Den här tabellen är kopierad från 2025 års utgåva", table, StringComparison.Ordinal);
        Assert.Single(table.Split('\n'), l => l.StartsWith("copied_from:", StringComparison.Ordinal));
        Assert.Contains("copied_from: 2025\n", table, StringComparison.Ordinal);
        Assert.DoesNotContain("unchanged", table.Split('\n').Where(l => !l.StartsWith('#')), StringComparer.Ordinal);
        Assert.DoesNotContain("2024 års utgåva", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_edition()
    {
        using var site = EditionSite.Create();
        var before = DirectorySnapshot.Take(site.ContentDirectory);

        var run = CliRunner.Execute(site.Root, "new-edition", "2023");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/2023:1:1: error: the edition 2023 already exists; new-edition never overwrites an edition (edit content/2023/ directly, or remove it first if you really want to start it again) [LB403]", run.StandardError.Split('\n'));
        Assert.Contains("No edition was created.", run.StandardError, StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
        Assert.Equal(before, DirectorySnapshot.Take(site.ContentDirectory));
    }

    [Fact]
    public void Refuses_a_year_before_the_latest_edition_in_Swedish()
    {
        using var site = EditionSite.Create();
        Directory.Delete(Path.Combine(site.ContentDirectory, "2022"), recursive: true);
        var before = DirectorySnapshot.Take(site.ContentDirectory);

        var (exit, output, error) = Run(site, 2022);

        Assert.Equal(1, exit);
        Assert.Contains("content/2022:1:1: fel: 2022 är tidigare än den senaste upplagan, 2024. (new-edition lägger upp nästa upplaga utifrån den senaste. Välj ett år efter 2024.) [LB404]", error.Split('\n'));
        Assert.Contains("Ingen ny upplaga skapades.", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.Equal(before, DirectorySnapshot.Take(site.ContentDirectory));
    }

    [Fact]
    public void Refuses_a_content_folder_without_an_edition_to_copy()
    {
        using var site = TestSite.FromText(MinimalSite.Files);
        Directory.Delete(Path.Combine(site.ContentDirectory, "2024"), recursive: true);
        var before = DirectorySnapshot.Take(site.ContentDirectory);

        var (exit, output, error) = Run(site, 2025);
        var (_, _, english) = Run(site, 2025, Language.English);

        Assert.Equal(1, exit);
        Assert.Contains("content:1:1: fel: Det finns ingen upplaga att utgå från. (new-edition kopierar den senaste mappen content/<år>/ som har en edition.yml.) [LB420]", error.Split('\n'));
        Assert.Contains("content:1:1: error: there is no edition to start from (new-edition copies the latest content/<year>/ that has an edition.yml) [LB420]", english.Split('\n'));
        Assert.Equal("", output);
        Assert.Equal(before, DirectorySnapshot.Take(site.ContentDirectory));
    }

    private static (int Exit, string Output, string Error) Run(TestSite site, int year, Language language = Language.Swedish)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        // Paths relative to the site's root, as the CLI shows them when run from the repository root.
        var exit = NewEditionCommand.Run(site.ContentDirectory, year, output, error, language, new DisplayPath(site.Root));
        return (exit, output.ToString(), error.ToString());
    }

    private static void Publish(TestSite site, string year) =>
        site.Write($"content/{year}/edition.yml", site.Read($"content/{year}/edition.yml").Replace("status: draft", "status: published", StringComparison.Ordinal));
}
