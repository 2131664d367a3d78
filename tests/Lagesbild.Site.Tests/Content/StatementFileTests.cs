using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Content;

/// <summary>
/// content/tillganglighet.yml fails closed: without it nothing is published, and the build's
/// reminders (an old assessment, an unconfirmed statement) come from dates in the content, never
/// from the clock, so every build of the same content says the same.
/// </summary>
public sealed class StatementFileTests
{
    [Fact]
    public void Without_the_statement_file_the_build_fails_at_its_path_and_keeps_the_last_site()
    {
        using var site = MinimalSite.With();
        Assert.True(site.BuildAndWrite().Succeeded);
        var before = DirectorySnapshot.Take(site.OutputDirectory);
        File.Delete(Path.Combine(site.ContentDirectory, "tillganglighet.yml"));

        var english = CliRunner.Execute(site.Root, "build");
        var swedish = CliRunner.ExecuteIn(Language.Swedish, site.Root, "build");

        Assert.Equal((1, 1), (english.ExitCode, swedish.ExitCode));
        Assert.Contains(
            "content/tillganglighet.yml:1:1: error: the accessibility statement tillganglighet.yml is missing; the law (2018:1937) requires one on every public-sector site (create content/tillganglighet.yml; the editors' guide (docs/redaktorer.md) says what it must contain) [LB800]",
            english.StandardError + english.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(
            "content/tillganglighet.yml:1:1: fel: Tillgänglighetsredogörelsen tillganglighet.yml saknas. Enligt lagen (2018:1937) får webbplatsen inte publiceras utan den. (Skapa content/tillganglighet.yml; guiden för redaktörer (docs/redaktorer.md) visar vad den ska innehålla.) [LB800]",
            swedish.StandardError + swedish.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, DirectorySnapshot.Take(site.OutputDirectory));
    }

    [Fact]
    public void An_unconfirmed_statement_and_an_old_assessment_are_warnings_at_their_lines()
    {
        using var site = MinimalSite.With("""
            -- content/tillganglighet.yml --
            organisation: Hägersten-Älvsjö stadsdelsförvaltning
            service: Lägesbild
            status: helt förenlig
            assessed: 2023-11-30
            updated: 2023-11-30
            method: självskattning
            report: lagesbild@example.se
            confirmed: false
            """);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(
            [
                "content/tillganglighet.yml:4:11: warning: the accessibility assessment (2023-11-30) is more than 12 months older than the newest edition or update (2024-12-01) (review the site and the statement again, correct the list of shortcomings and set `assessed` and `updated` to today) [LB802]",
                "content/tillganglighet.yml:8:12: warning: no editor has confirmed the accessibility statement yet (read tillganglighet.yml, check that everything is true of the site, then write `confirmed: true`) [LB803]",
            ],
            result.Diagnostics.Select(d => d.Format(Language.English)));
    }

    [Fact]
    public void The_assessment_grows_old_when_a_newer_edition_is_prepared_not_when_the_clock_moves()
    {
        // Given a statement assessed two weeks before the only edition: no finding
        using var site = MinimalSite.With();
        Assert.Empty(site.Build().Diagnostics);

        // When next year's draft is started, more than 12 months after the assessment
        site.Write("content/2025/edition.yml", "title: Lägesbild 2025\npublished: 2026-01-20\nstatus: draft\nsummary: Nästa år.\n");
        site.Write("content/2025/01-inledning.md", "---\ntitle: Inledning\n---\n\nText.\n");

        // Then check reminds the editors at the assessment date
        var finding = Assert.Single(site.Build().Diagnostics);
        Assert.Equal((DiagnosticCodes.Publication.OldAssessment, 4), (finding.Code, finding.Location.Line));

        // And a new assessment, dated after it, settles it
        site.Write("content/tillganglighet.yml", site.Read("content/tillganglighet.yml")
            .Replace("assessed: 2025-01-15", "assessed: 2026-01-10", StringComparison.Ordinal)
            .Replace("updated: 2025-01-15", "updated: 2026-01-10", StringComparison.Ordinal));
        Assert.Empty(site.Build().Diagnostics);
    }

    [Theory]
    [InlineData("status: helt förenlig", "status: fullt förenlig", DiagnosticCodes.Publication.UnknownComplianceStatus)]
    [InlineData("status: helt förenlig", "status: delvis förenlig", DiagnosticCodes.Publication.StatusContradictsShortcomings)]
    [InlineData("service: Lägesbild\n", "", DiagnosticCodes.Yaml.MissingKey)]
    [InlineData("report: lagesbild@example.se", "report: \"<a href=x>\"", DiagnosticCodes.Publication.InvalidContact)]
    public void A_wrong_or_missing_part_stops_the_build_at_its_line(string from, string to, string code)
    {
        using var site = MinimalSite.With();
        site.Write("content/tillganglighet.yml", site.Read("content/tillganglighet.yml").Replace(from, to, StringComparison.Ordinal));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, "content/tillganglighet.yml"), (error.Code, error.Location.Path));
        Assert.True(error.Location.Line >= 1);
    }
}
