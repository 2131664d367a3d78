namespace Lagesbild.Site.Tests.Browser;

/// <summary>
/// Search is scoped to the edition being read, with a choice to search every published edition
/// (issue 4). Part of <see cref="BrowserSearchTests"/> so the browser runs its scenarios once.
/// </summary>
public sealed partial class BrowserSearchTests
{
    [SkippableFact]
    public async Task A_word_only_an_older_edition_has_is_found_there_when_all_editions_are_searched_and_says_its_year()
    {
        // Given the three-edition fixture: "Trygghetsvandringar" is a chapter of 2022 only
        var scenario = await _browser.Scenario("allEditions");
        var own = BrowserSearchFixture.View(scenario.GetProperty("ownEdition"));
        var all = BrowserSearchFixture.View(scenario.GetProperty("allEditions"));

        // Then searching 2023 alone finds nothing, and ticking "all editions" finds the 2022 chapter, labelled
        Assert.Empty(own.Results);
        Assert.StartsWith("/2022/trygghetsvandringar/?hl=", all.Results[0].Href, StringComparison.Ordinal);
        Assert.StartsWith("Lägesbild 2022: ", all.Results[0].Where, StringComparison.Ordinal);
        Assert.Contains("alla=1", all.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_shared_link_with_alla_1_searches_every_edition_and_the_edition_being_read_comes_first_on_a_tie()
    {
        var scenario = await _browser.Scenario("allEditions");
        var fromUrl = BrowserSearchFixture.View(scenario.GetProperty("fromUrl"));

        Assert.True(scenario.GetProperty("boxChecked").GetBoolean());
        var years = fromUrl.Results.Select(r => r.Href.Split('/')[1]).ToList();
        Assert.Contains("2023", years);
        Assert.Contains("2022", years);
        Assert.DoesNotContain("2024", years); // a draft is never searched from a published edition
        Assert.DoesNotContain(fromUrl.Results.Where(r => r.Href.StartsWith("/2023/", StringComparison.Ordinal)), r => r.Where.StartsWith("Lägesbild", StringComparison.Ordinal));
        Assert.All(fromUrl.Results.Where(r => r.Href.StartsWith("/2022/", StringComparison.Ordinal)), r => Assert.StartsWith("Lägesbild 2022: ", r.Where, StringComparison.Ordinal));
    }
}
