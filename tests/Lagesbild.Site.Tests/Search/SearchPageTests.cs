using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>The search as the built HTML offers it: a form in every header, the search page, and how scripts load.</summary>
public sealed class SearchPageTests : IClassFixture<FrozenSite>
{
    private readonly FrozenSite _site;

    public SearchPageTests(FrozenSite site)
    {
        _site = site;
    }

    [Fact]
    public void Every_page_of_an_edition_has_a_labelled_search_form_in_its_header_that_works_without_javascript()
    {
        // utgavor/ lists every edition and the accessibility statement covers the whole site: they belong to none, so have no edition to search.
        foreach (var path in _site.Pages.Where(p => !p.StartsWith("utgavor/", StringComparison.Ordinal) && !p.StartsWith("tillganglighet/", StringComparison.Ordinal)))
        {
            var page = _site.Result.Page(path);
            var form = page.QuerySelector("header.site-header form[role=search]");
            Assert.True(form is not null, $"{path} has no search form in its header");
            Assert.Equal(("/2024/sok/", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
            var input = form.QuerySelector("input[type=search][name=q]")!;
            Assert.Equal("Sök i Lägesbild 2024", form.QuerySelector($"label[for={input.Id}]")!.NormalizedText());
            Assert.Equal("Sök", form.QuerySelector("button[type=submit]")!.NormalizedText());
            Assert.Single(page.QuerySelectorAll("#search-results"));
        }
    }

    [Fact]
    public void The_form_names_the_index_and_the_scripts_it_loads_on_focus_with_their_integrity_hashes()
    {
        var form = _site.Result.Page("2024/inledning/index.html").QuerySelector("form[role=search]")!;

        Assert.Matches("^/2024/sok/index\\.[0-9a-f]{10}\\.json$", form.GetAttribute("data-search-index"));
        Assert.Contains(_site.Result.Files, f => "/" + f.RelativePath == form.GetAttribute("data-search-index"));
        foreach (var script in new[] { "runtime", "view" })
        {
            var file = _site.Result.Files.Single(f => "/" + f.RelativePath == form.GetAttribute($"data-search-{script}"));
            Assert.Equal("sha384-" + Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(file.Content)),
                form.GetAttribute($"data-search-{script}-integrity"));
        }
    }

    [Fact]
    public void The_search_page_has_its_results_region_and_a_live_status()
    {
        var page = _site.Result.Page("2024/sok/index.html");

        Assert.Equal("Sök – Lägesbild 2024", page.Title);
        Assert.Equal("Sök i Lägesbild 2024", page.QuerySelector("main h1")!.NormalizedText());
        Assert.NotNull(page.QuerySelector("main #search-results"));
        var status = page.QuerySelector("main [data-search-status]")!;
        Assert.Equal(("status", "polite"), (status.GetAttribute("role"), status.GetAttribute("aria-live")));
        Assert.Null(page.QuerySelector("[data-search-panel]"));
    }

    [Fact]
    public void Pages_load_the_search_module_and_preload_its_imports_by_url_with_integrity_and_no_script_inline()
    {
        foreach (var path in _site.Pages)
        {
            var page = _site.Result.Page(path);
            var scripts = page.QuerySelectorAll("script").ToList();
            var search = Assert.Single(scripts, s => s.GetAttribute("src")!.StartsWith("/assets/search.", StringComparison.Ordinal));
            Assert.Equal("module", search.GetAttribute("type"));
            Assert.All(scripts, s => Assert.StartsWith("sha384-", s.GetAttribute("integrity"), StringComparison.Ordinal));
            Assert.All(scripts, s => Assert.Equal("", s.TextContent));

            // search.js's own parts come with it; what draws results and lunr wait for the first search.
            var preloads = page.QuerySelectorAll("link[rel=modulepreload]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.Contains(preloads, u => u.StartsWith("/assets/search-address.", StringComparison.Ordinal));
            Assert.Contains(preloads, u => u.StartsWith("/assets/search-loader.", StringComparison.Ordinal));
            Assert.DoesNotContain(preloads, u => u.Contains("/assets/search-runtime.", StringComparison.Ordinal) || u.Contains("/assets/search-view.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_module_imports_its_parts_by_their_published_fingerprinted_names()
    {
        var search = _site.Result.Files.Single(f => f.RelativePath.StartsWith("assets/search.", StringComparison.Ordinal) && f.RelativePath.EndsWith(".js", StringComparison.Ordinal));
        var text = System.Text.Encoding.UTF8.GetString(search.Content);

        var imported = System.Text.RegularExpressions.Regex.Matches(text, @"from '\./([^']+)'").Select(m => "assets/" + m.Groups[1].Value).ToList();

        Assert.Equal(2, imported.Count);
        Assert.All(imported, name => Assert.Matches(@"^assets/search-(address|loader)\.[0-9a-f]{10}\.js$", name));
        Assert.All(imported, name => Assert.Contains(_site.Result.Files, f => f.RelativePath == name));
    }

    [Fact]
    public void A_site_under_a_base_path_searches_and_links_under_it()
    {
        var result = SharedBuilds.FrozenProjectSite;

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var form = result.Page("2024/skolor/index.html").QuerySelector("form[role=search]")!;
        Assert.Equal("/lagesbild/2024/sok/", form.GetAttribute("action"));
        var url = form.GetAttribute("data-search-index")!;
        Assert.StartsWith("/lagesbild/2024/sok/index.", url, StringComparison.Ordinal);
        var index = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => "/lagesbild/" + f.RelativePath == url).Content);
        Assert.Contains("\"u\":\"/lagesbild/2024/skolor/#franvaro\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("\"u\":\"/2024/", index, StringComparison.Ordinal);
    }
}
