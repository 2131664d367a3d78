using Lagesbild.Site.Search;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>The sitemap and editions.json written from a plan made in memory, with no content or layouts.</summary>
public sealed class PlanOutputTests
{
    [Fact]
    public void The_sitemap_lists_the_listed_pages_of_the_plan_and_nothing_else()
    {
        var plan = PlannedSite.Assemble(includeDrafts: true);

        var sitemap = Encoding.UTF8.GetString(SitemapWriter.Write(plan).Single(f => f.RelativePath == "sitemap.xml").Content);

        var locs = sitemap.Split('\n').Where(l => l.StartsWith("<url>", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "https://example.se/2023/", "https://example.se/2023/inledning/", "https://example.se/2023/skolor/",
                "https://example.se/2023/sok/", "https://example.se/2023/utskrift/", "https://example.se/utgavor/",
            ],
            locs.Select(l => l["<url><loc>".Length..l.IndexOf("</loc>", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Without_a_public_address_there_is_no_sitemap_only_robots_txt()
    {
        var plan = PlannedSite.Assemble(includeDrafts: false, origin: null);

        Assert.Equal(["robots.txt"], SitemapWriter.Write(plan).Select(f => f.RelativePath));
    }

    [Fact]
    public void Editions_json_names_each_published_edition_with_the_anchors_and_search_index_of_the_plan()
    {
        var plan = PlannedSite.Assemble(includeDrafts: true);
        // A plan decides the anchors: editions.json writes what it is given, not what it works out.
        var edition = plan.Editions.Single(e => e.Year == 2023);
        var chapter = edition.Chapters[0] with { Anchors = ["syfte", "tabell-brott"] };
        plan = plan with
        {
            Editions = [plan.Editions[0], edition with { Chapters = [chapter, edition.Chapters[1]] }],
        };
        var search = SearchStage.Plan([], SearchMode.Inline) with { IndexPaths = ImmutableDictionary<int, string>.Empty.Add(2023, "2023/sok/index.abc.json") };

        using var json = JsonDocument.Parse(EditionsJson.Write(plan, search).Content);

        var editions = json.RootElement.GetProperty("editions");
        Assert.Equal(2023, json.RootElement.GetProperty("latest").GetInt32());
        Assert.Equal(1, editions.GetArrayLength());
        Assert.Equal("/2023/sok/index.abc.json", editions[0].GetProperty("search").GetString());
        Assert.Equal(["syfte", "tabell-brott"], editions[0].GetProperty("chapters")[0].GetProperty("anchors").EnumerateArray().Select(a => a.GetString()));
    }
}
