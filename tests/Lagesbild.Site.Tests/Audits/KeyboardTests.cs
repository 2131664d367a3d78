using System.Text.Json;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>
/// Tab from the top of a chapter and of the search page: the skip link comes first and shows, then
/// the header (with the search field and the edition switcher), the chapter navigation, the content
/// and the footer, never going back; every stop shows its focus.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class KeyboardTests(AuditSite site)
{
    // The order landmarks are reached in; a stop outside every landmark is the skip link.
    private static readonly string[] Order = ["skip", "header", "banner", "nav", "navigation", "main", "footer", "contentinfo"];

    // Roles, not paths: which edition is the latest depends on the live content (see AuditSite.PageFor).
    public static TheoryData<string> Pages => new() { "chapter", "search" };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Tabbing_from_the_top_reaches_skip_link_header_navigation_and_content_in_order(string role)
    {
        var (page, result) = await Keyboard(role);
        var stops = result.GetProperty("stops").EnumerateArray().ToList();

        Assert.True(stops.Count > 3, $"only {stops.Count} tab stops on /{page}");
        Assert.Contains("skip-link", stops[0].GetProperty("className").GetString() ?? "");
        Assert.True(stops[0].GetProperty("inViewport").GetBoolean(), "the skip link is not visible when focused");
        var groups = stops.Select(Group).ToList();
        var ranks = groups.Select(g => Array.IndexOf(Order, g)).ToList();
        for (var i = 1; i < ranks.Count; i++)
        {
            Assert.True(ranks[i] >= ranks[i - 1], $"tab stop {i + 1} on /{page} goes back from {groups[i - 1]} to {groups[i]}: {Describe(stops[i])}\norder: {string.Join(" → ", Collapse(groups))}");
        }

        Assert.Contains("header", groups);
        Assert.Contains("nav", groups);

        var field = stops.FindIndex(s => s.GetProperty("type").GetString() == "search");
        var switcher = stops.FindIndex(s => (s.GetProperty("regionClass").GetString() ?? "").Contains("edition-switcher", StringComparison.Ordinal));
        Assert.True(field > 0 && Group(stops[field]) == "header", $"the search field is not reached in the header of /{page}");
        Assert.True(switcher > field, $"the edition switcher is not reached after the search field on /{page}");
        if (!AuditSite.IsSearchPage(page))
        {
            // The search page's content has nothing to focus until there are results (tested below).
            Assert.True(groups.IndexOf("main") > switcher, $"the content is not reached after the edition switcher on /{page}");
        }

        Assert.Empty(result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Every_tab_stop_shows_a_focus_indicator(string role)
    {
        var (page, result) = await Keyboard(role);
        var stops = result.GetProperty("stops").EnumerateArray().ToList();

        Assert.NotEmpty(stops);
        var hidden = stops.Where(s => !ShowsFocus(s)).Select(Describe).ToList();
        Assert.True(hidden.Count == 0, $"focus not visible on /{page}:\n{string.Join('\n', hidden)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task The_skip_link_moves_focus_to_the_content(string role)
    {
        var (page, result) = await Keyboard(role);

        Assert.Equal("huvud_innehall", result.GetProperty("skipTarget").GetString());
        if (!AuditSite.IsSearchPage(page))
        {
            Assert.Equal("main", Group(result.GetProperty("afterSkip")));
        }
    }

    [SkippableFact]
    public async Task On_the_search_page_tab_goes_from_the_field_to_the_results()
    {
        var results = (await Keyboard("search")).Result.GetProperty("results").EnumerateArray().ToList();

        Assert.True(results.Count > 0 && results[^1].GetProperty("inResults").GetBoolean(),
            "Tab from the search field never reached a result:\n" + string.Join('\n', results.Select(Describe)));
        Assert.All(results, stop => Assert.True(ShowsFocus(stop), Describe(stop)));
        Assert.Equal("main", Group(results[^1]));
    }

    private async Task<(string Page, JsonElement Result)> Keyboard(string role)
    {
        var audits = await site.BrowserAudits();
        var page = site.PageFor(role);
        Skip.If(AuditSite.IsSearchPage(page) && !site.KeyboardPages.Contains(page), $"the site has no search page /{page} yet");
        return (page, audits.GetProperty("keyboard").GetProperty(page));
    }

    private static bool ShowsFocus(JsonElement stop) =>
        stop.GetProperty("inViewport").GetBoolean()
        && ((stop.GetProperty("outlineStyle").GetString() != "none" && stop.GetProperty("outlineWidth").GetString() != "0px")
            || stop.GetProperty("boxShadow").GetString() != "none");

    private static string Group(JsonElement stop)
    {
        if ((stop.GetProperty("className").GetString() ?? "").Contains("skip-link", StringComparison.Ordinal))
        {
            return "skip";
        }

        var landmarks = stop.GetProperty("landmarks").EnumerateArray().Select(l => l.GetString()!).ToList();
        return landmarks.FirstOrDefault(l => Array.IndexOf(Order, l) >= 0) ?? "outside any landmark";
    }

    private static IEnumerable<string> Collapse(IEnumerable<string> groups) =>
        groups.Aggregate(new List<string>(), (list, g) => { if (list.Count == 0 || list[^1] != g) { list.Add(g); } return list; });

    private static string Describe(JsonElement stop) =>
        $"<{stop.GetProperty("tag").GetString()} class=\"{stop.GetProperty("className").GetString()}\" href=\"{stop.GetProperty("href").GetString()}\"> " +
        $"\"{stop.GetProperty("text").GetString()}\" in {string.Join('>', stop.GetProperty("landmarks").EnumerateArray().Select(l => l.GetString()))} " +
        $"(outline {stop.GetProperty("outlineStyle").GetString()} {stop.GetProperty("outlineWidth").GetString()}, box-shadow {stop.GetProperty("boxShadow").GetString()}, in view {stop.GetProperty("inViewport").GetBoolean()})";
}
