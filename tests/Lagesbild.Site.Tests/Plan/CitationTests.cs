using System.Text.Json;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Editions;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>
/// "Så citerar du rapporten": each edition cites itself by its permanent year URL (never
/// senaste/, which moves on to the next edition), on its home and in its print view, as Highwire
/// meta tags and as a CSL-JSON download.
/// </summary>
public sealed class CitationTests
{
    private static readonly string[] Authors =
        ["Hägersten-Älvsjö stadsdelsförvaltning", "Lokalpolisområde Skärholmen", "Lokalpolisområde Globen", "Utbildningsförvaltningen Hägersten-Älvsjö grundskoleområde"];

    [Theory]
    [InlineData("2024/index.html")]
    [InlineData("2024/utskrift/index.html")]
    [InlineData("index.html")]
    public void The_home_the_print_view_and_the_site_root_cite_the_permanent_year_url(string path)
    {
        var result = SharedBuilds.FrozenProjectSite;
        var citation = result.Page(path).QuerySelector("section.citation")!;

        Assert.Equal("Så citerar du rapporten", citation.QuerySelector("h2")!.NormalizedText());
        Assert.Equal(
            "Hägersten-Älvsjö stadsdelsförvaltning, Lokalpolisområde Skärholmen, Lokalpolisområde Globen och Utbildningsförvaltningen Hägersten-Älvsjö grundskoleområde (2024). Lägesbild 2024. https://owner.github.io/lagesbild/2024/",
            citation.QuerySelector(".citation-text")!.NormalizedText());
        Assert.Null(citation.QuerySelector(".citation-note"));
        Assert.DoesNotContain("senaste", citation.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("/lagesbild/2024/citat.json", citation.QuerySelector("a[download]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_csl_json_names_the_organisations_the_date_and_the_permanent_url()
    {
        var item = Assert.Single(Json(SharedBuilds.FrozenProjectSite, "2024/citat.json").EnumerateArray());

        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("Lägesbild 2024", item.GetProperty("title").GetString());
        Assert.Equal(Authors, item.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("literal").GetString()));
        Assert.Equal([2024, 12, 1], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("https://owner.github.io/lagesbild/2024/", item.GetProperty("URL").GetString());
    }

    [Theory]
    [InlineData("2024/index.html")]
    [InlineData("2024/inledning/index.html")]
    [InlineData("2024/brottsligheten/index.html")]
    public void The_edition_home_and_chapters_carry_highwire_citation_tags(string path)
    {
        var head = SharedBuilds.FrozenProjectSite.Page(path).Head!;

        string? Meta(string name) => head.QuerySelector($"meta[name={name}]")?.GetAttribute("content");
        Assert.Equal("Lägesbild 2024", Meta("citation_title"));
        Assert.Equal(Authors, head.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("2024/12/01", Meta("citation_publication_date"));
        Assert.Equal("sv", Meta("citation_language"));
        Assert.Equal("https://owner.github.io/lagesbild/2024/", Meta("citation_abstract_html_url"));
    }

    [Fact]
    public void Without_the_site_s_address_the_citation_gives_the_path_and_says_so()
    {
        var citation = SharedBuilds.Frozen.Page("2024/index.html").QuerySelector("section.citation")!;

        Assert.EndsWith(" Lägesbild 2024. /2024/", citation.QuerySelector(".citation-text")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("skriv webbplatsens adress framför den", citation.QuerySelector(".citation-note")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("/2024/", Json(SharedBuilds.Frozen, "2024/citat.json")[0].GetProperty("URL").GetString());
        Assert.Null(SharedBuilds.Frozen.Page("2024/index.html").Head!.QuerySelector("meta[name=citation_abstract_html_url]"));
    }

    [Fact]
    public void Each_edition_cites_its_own_year_and_organisations()
    {
        var result = EditionSite.Published;

        Assert.Equal("/2022/", Json(result, "2022/citat.json")[0].GetProperty("URL").GetString());
        Assert.Equal("/2023/", Json(result, "2023/citat.json")[0].GetProperty("URL").GetString());
        Assert.Contains("(2023). Lägesbild 2023. /2023/", result.Page("2023/index.html").QuerySelector(".citation-text")!.NormalizedText(), StringComparison.Ordinal);
    }

    private static JsonElement Json(BuildResult result, string path) =>
        JsonDocument.Parse(result.Files.Single(f => f.RelativePath == path).Content).RootElement.Clone();
}
