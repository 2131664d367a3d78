using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// The switcher's targets come from site/editions.json (published editions with their chapters'
/// slugs and anchors), read by editions.js; every edition page carries the script, what it
/// needs to know about itself, and the plain link to utgavor/ for readers without JavaScript.
/// </summary>
public sealed partial class EditionSwitcherTests
{
    [Fact]
    public void Editions_json_lists_the_published_editions_newest_first_with_chapter_slugs_and_anchors()
    {
        var result = EditionSite.WithDrafts;

        var json = result.Json("editions.json");
        Assert.Equal(2023, json.GetProperty("latest").GetInt32());
        var editions = json.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal([2023, 2022], editions.Select(e => e.GetProperty("year").GetInt32()));
        Assert.Equal(["Lägesbild 2023", "Lägesbild 2022"], editions.Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(["/2023/", "/2022/"], editions.Select(e => e.GetProperty("url").GetString()));

        var chapters2022 = editions[1].GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal(["inledning", "brottsligheten", "trygghetsvandringar"], chapters2022.Select(c => c.GetProperty("slug").GetString()));
        var crime = editions[0].GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "brottsligheten");
        Assert.Equal("/2023/brottsligheten/", crime.GetProperty("url").GetString());
        Assert.Equal(["narkotika", "anmalningar", "diagram-narkotikabrott", "tabell-narkotikabrott", "diagram-anmalningar", "tabell-anmalningar"],
            crime.GetProperty("anchors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Every_page_of_an_edition_loads_the_script_and_says_which_edition_and_chapter_it_is()
    {
        var result = EditionSite.Published;
        var script = result.Paths().Single(p => p.StartsWith("assets/editions.", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains("editions.json", result.Text(script), StringComparison.Ordinal);

        foreach (var path in result.Paths().Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = result.Page(path);
            var tag = page.QuerySelector("script[src*='/editions.']")!;
            Assert.Equal("/" + script, tag.GetAttribute("src"));
            Assert.StartsWith("sha384-", tag.GetAttribute("integrity"), StringComparison.Ordinal);
            Assert.Equal("module", tag.GetAttribute("type"));
        }

        var chapter = result.Page("2022/brottsligheten/index.html").QuerySelector("nav.edition-switcher")!;
        Assert.Equal("/editions.json", chapter.GetAttribute("data-editions-url"));
        Assert.Equal("2022", chapter.GetAttribute("data-year"));
        Assert.Equal("Lägesbild 2022", chapter.GetAttribute("data-title"));
        Assert.Equal("brottsligheten", chapter.GetAttribute("data-slug"));
        Assert.Equal("/utgavor/", chapter.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Alla utgåvor", chapter.QuerySelector("a")!.NormalizedText());

        var home = result.Page("2022/index.html").QuerySelector("nav.edition-switcher")!;
        Assert.False(home.HasAttribute("data-slug"));
    }

    [Fact]
    public void No_edition_page_names_another_edition_so_older_pages_need_not_change()
    {
        var result = EditionSite.Published;

        // The 2022 pages know nothing of 2023: the switcher's list and the newer-edition notice come from editions.json.
        foreach (var path in result.Paths().Where(p => p.StartsWith("2022/", StringComparison.Ordinal)))
        {
            var text = AssetReference().Replace(result.Text(path), "");
            Assert.DoesNotContain("2023", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_editions_page_lists_every_published_edition_and_marks_the_latest()
    {
        var page = EditionSite.Published.Page("utgavor/index.html");

        var items = page.QuerySelectorAll("ol.edition-index > li");
        Assert.Equal(["/2023/", "/2022/"], items.Select(li => li.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Contains("Senaste utgåvan", items[0].NormalizedText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Senaste utgåvan", items[1].NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Publicerad 1 december 2022", items[1].NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_base_url_every_edition_address_carries_it()
    {
        using var site = EditionSite.Create();
        var result = site.BuildClean(baseUrl: "/lagesbild/");

        Assert.Equal("/lagesbild/2023/inledning/",
            result.Json("editions.json").GetProperty("editions")[0].GetProperty("chapters")[0].GetProperty("url").GetString());
        var nav = result.Page("2022/inledning/index.html").QuerySelector("nav.edition-switcher")!;
        Assert.Equal("/lagesbild/editions.json", nav.GetAttribute("data-editions-url"));
        Assert.Equal("/lagesbild/utgavor/", nav.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/lagesbild/2023/", result.Page("senaste/index.html").QuerySelector("a[data-redirect]")!.GetAttribute("href"));
    }

    [Fact]
    public void Editions_json_is_plain_utf8_with_readable_swedish()
    {
        var text = EditionSite.Published.Text("editions.json");
        Assert.Contains("\"title\": \"Lägesbild 2023\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E4", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\r', text);
        _ = JsonDocument.Parse(text);
    }

    // Fingerprints and integrity hashes are hex and base64: they may contain "2023" by chance.
    [System.Text.RegularExpressions.GeneratedRegex("(assets/[^\"]*|integrity=\"[^\"]*\")")]
    private static partial System.Text.RegularExpressions.Regex AssetReference();
}
