using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// Markup in report text stays text all the way: in the index, in the query results, and in
/// search-view.js, which builds results with DOM methods and textContent only. The browser side is
/// checked in Browser/BrowserSearchTests.
/// </summary>
public sealed class SearchXssTests
{
    [Fact]
    public void Markup_in_headings_paragraphs_and_tables_is_indexed_and_returned_as_plain_text()
    {
        using var site = TestSite.FromText(XssFixture.Files);
        Assert.True(site.BuildAndWrite().Succeeded);
        var index = SearchFiles.IndexIn(site.OutputDirectory, 2024);

        var answers = System.Text.Json.JsonSerializer.Deserialize<List<QueryAnswer>>(
            NodeTools.Query(index, ["script", "onerror"], 5), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

        var titles = answers.SelectMany(a => a.Results).Select(r => r.Title).ToList();
        Assert.Contains("Rubrik med <script>window.__xss = 'rubrik'</script> i sig", titles);
        Assert.Contains("Tabell med <img src=x onerror=\"window.__xss = 'tabell'\">", titles);
        Assert.Contains(answers.SelectMany(a => a.Results), r => r.Snippet.Contains("<img src=x [[onerror]]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("innerHTML")]
    [InlineData("outerHTML")]
    [InlineData("insertAdjacentHTML")]
    [InlineData("document.write")]
    [InlineData("eval(")]
    [InlineData("new Function")]
    public void The_search_scripts_never_turn_strings_into_markup_or_code(string api)
    {
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Layouts, "assets"), "search*.js");

        Assert.Equal(["search-address.js", "search-loader.js", "search-view.js", "search.js"], scripts.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(scripts, script => Assert.DoesNotContain(api, File.ReadAllText(script), StringComparison.Ordinal));
    }
}
