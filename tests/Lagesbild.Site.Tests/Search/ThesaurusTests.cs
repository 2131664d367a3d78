using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The editors' synonymer.yml: its groups reach the edition's index (site-wide and the edition's
/// own), a group the report never uses is a warning with its position, and the index file's
/// fingerprint follows the thesaurus, so a changed list is never served under an old name.
/// </summary>
public sealed class ThesaurusTests
{
    private const string Site = MinimalSite.Files + """

        -- content/2024/01-inledning.md --
        ---
        title: Inledning
        ---

        Polisen såg klotter och bostadsinbrott.
        -- content/synonymer.yml --
        groups:
          - [polis, snuten]
          - [qwxyz, zyxwq]
        -- content/2024/synonymer.yml --
        groups:
          - [klotter, graffiti]
        """;

    [Fact]
    public void Site_wide_and_edition_groups_go_into_the_edition_index()
    {
        using var site = TestSite.FromText(Site);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var index = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath.StartsWith("2024/sok/index.", StringComparison.Ordinal) && f.RelativePath.EndsWith(".json", StringComparison.Ordinal)).Content);
        Assert.Contains("\"syn\":[[\"polis\",\"snuten\"],[\"qwxyz\",\"zyxwq\"],[\"klotter\",\"graffiti\"]]", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_whose_words_occur_nowhere_is_a_warning_at_the_group()
    {
        using var site = TestSite.FromText(Site);

        var result = site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.Search.ThesaurusUnused);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("content/synonymer.yml", warning.Location.Path, StringComparison.Ordinal);
        Assert.Equal((3, 5), (warning.Location.Line, warning.Location.Column));
        Assert.StartsWith("Inget av orden i den här gruppen", warning.Format(Language.Swedish).Split(": ", 3)[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_thesaurus_renames_the_index_file_the_pages_load()
    {
        using var site = TestSite.FromText(Site);
        var before = IndexUrl(site.Build());

        site.Write("content/synonymer.yml", "groups:\n  - [polis, aina]\n");
        var after = IndexUrl(site.Build());

        Assert.NotEqual(before, after);
    }

    private static string IndexUrl(Lagesbild.Site.Build.BuildResult result) =>
        result.Page("2024/inledning/index.html").QuerySelector("form[role=search]")!.GetAttribute("data-search-index")!;
}
