using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>A column of years typed <c>integer</c>, as an editor pasting from Excel writes it: the page never shows "2 023".</summary>
public sealed class YearColumnTests
{
    [Fact]
    public void Years_in_an_integer_column_show_as_written_with_a_warning_that_names_the_fix()
    {
        // Given years in the row header column, typed integer, next to counts that are grouped as usual
        using var site = TestSite.FromText(MinimalSite.WithTable("""
            caption: Anmälda brott per år
            columns:
              - { key: ar, header: År, type: integer }
              - { key: antal, header: Antal, type: integer }
            rows:
              - [2022, 24763]
              - [2023, 25100]
            """));

        // When the site is built
        var result = site.Build();

        // Then it builds, the years read 2023 (no thousands space) while the counts keep theirs, and one warning says to write type: text
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var rows = result.Page("2024/kapitel/index.html").QuerySelectorAll("figure#tabell-t tbody tr");
        Assert.Equal(["2022", "2023"], rows.Select(r => r.Children[0].TextContent.Trim()));
        Assert.Equal("24\u202F763", rows[0].Children[1].TextContent.Trim().Replace('\u00A0', '\u202F').Replace(' ', '\u202F'));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.Table.YearAsInteger, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("type: text", warning.Hint!.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_between_1800_and_2199_in_a_column_not_named_as_years_stay_numbers()
    {
        using var site = TestSite.FromText(MinimalSite.WithTable("""
            caption: Anmälda brott
            columns:
              - { key: omrade, header: Område, type: text }
              - { key: antal, header: Antal, type: integer }
            rows:
              - [Älvsjö, 1987]
              - [Hägersten, 2023]
            """));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var cells = result.Page("2024/kapitel/index.html").QuerySelectorAll("figure#tabell-t tbody td");
        Assert.Equal("1\u202F987", cells[0].TextContent.Trim().Replace('\u00A0', '\u202F').Replace(' ', '\u202F'));
    }
}
