using System.Text.Json;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>The search in headless Chromium, used the way readers use it (issue 3, "Interface").</summary>
public sealed partial class BrowserSearchTests : IClassFixture<BrowserSearchFixture>
{
    private static readonly string[] SafeElements = ["a", "li", "mark", "ol", "p", "span"];
    private readonly BrowserSearchFixture _browser;

    public BrowserSearchTests(BrowserSearchFixture browser)
    {
        _browser = browser;
    }

    [SkippableFact]
    public async Task The_search_page_reads_q_and_lists_sections_with_chapter_and_marked_snippet()
    {
        var view = BrowserSearchFixture.View(await _browser.Scenario("searchPage"));

        Assert.Equal("inbrott i bostad", view.Field);
        Assert.Matches(@"^\d+ träffar för ”inbrott i bostad”\.", view.Status);
        var first = view.Results[0];
        // The link carries the searched words (?hl=), which the chapter marks where the reader lands.
        Assert.Equal(("Inbrott i bostad", "/2024/brottsligheten/?hl=inbrott%20i%20bostad#inbrott-i-bostad"), (first.Title, first.Href));
        Assert.StartsWith("Beskrivning av brottsligheten", first.Where, StringComparison.Ordinal);
        Assert.Contains("bostadsinbrott", first.Marks);
        Assert.Contains("bostadsinbrott", first.Snippet, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_search_runtime_changed_on_its_way_never_runs_and_the_reader_is_told_search_did_not_load()
    {
        var scenario = await _browser.Scenario("tamperedRuntime");

        Assert.False(scenario.GetProperty("ran").GetBoolean());
        Assert.True(scenario.GetProperty("refused").GetInt32() > 0);
        Assert.Equal("Sökningen kunde inte laddas. Försök igen om en stund.", BrowserSearchFixture.View(scenario).Status);
    }

    [SkippableFact]
    public async Task A_query_beyond_the_limits_is_answered_cut_and_says_what_was_searched()
    {
        var scenario = await _browser.Scenario("longQuery");
        var fromUrl = BrowserSearchFixture.View(scenario.GetProperty("fromUrl"));
        var longWord = BrowserSearchFixture.View(scenario.GetProperty("longWord"));

        // 7 600 characters in ?q=: the first ten words searched, and the reader is told.
        Assert.Matches(@"^Inga träffar för ”trygghet0 trygghet1 trygghet2 trygghet3 trygghet4 trygghet5 trygghet6 trygghet7 trygghet8 trygghet9”\. Sökfrågan var för lång, så bara början av den söktes\.$", fromUrl.Status);
        // One word of 120 letters: its first 32 searched.
        Assert.EndsWith("för ”brottsförebyggandebrottsförebygg”. Sökfrågan var för lång, så bara början av den söktes.", longWord.Status, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_header_field_fetches_the_index_and_its_text_only_on_focus_and_shows_live_results_while_typing()
    {
        var scenario = await _browser.Scenario("headerTyping");
        var view = BrowserSearchFixture.View(scenario);

        Assert.Empty(scenario.GetProperty("beforeFocus").EnumerateArray());
        var fetched = scenario.GetProperty("afterTyping").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(fetched, f => f.StartsWith("/2024/sok/index.", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(fetched, f => f.StartsWith("/assets/search-runtime.", StringComparison.Ordinal));
        Assert.Contains(fetched, f => f.StartsWith("/assets/search-view.", StringComparison.Ordinal));
        // The snippets' text file, named by the index, follows it; the hits then show their snippets.
        Assert.Contains(fetched, f => f.StartsWith("/2024/sok/text.", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal));
        Assert.All(view.Results, r => Assert.False(string.IsNullOrEmpty(r.Snippet)));
        Assert.False(view.PanelHidden);
        Assert.InRange(view.Results.Length, 1, 6);
        Assert.Contains("Älvsjö", view.Results[0].Title, StringComparison.Ordinal);
        Assert.Contains("Älvsjö", view.Results[0].Marks);
        Assert.Matches(@"^\d+ träffar för ”alvsjo”\.", view.Status);
        Assert.EndsWith("/2024/skolor/", view.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Arrow_keys_move_between_field_and_results_Escape_closes_and_Enter_opens_the_section()
    {
        var scenario = await _browser.Scenario("keyboard");
        var shown = BrowserSearchFixture.View(scenario.GetProperty("shown")).Results;

        var focus = scenario.GetProperty("focus").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([shown[0].Href, shown[1].Href, shown[0].Href, "sok_falt"], focus);
        Assert.True(scenario.GetProperty("panelHiddenAfterEscape").GetBoolean());
        Assert.Equal("narkotika", scenario.GetProperty("fieldAfterEscape").GetString());
        Assert.EndsWith(shown[0].Href, scenario.GetProperty("openedUrl").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Enter_in_the_header_field_opens_the_search_page_with_the_query()
    {
        var view = BrowserSearchFixture.View(await _browser.Scenario("submitFromHeader"));

        Assert.Contains("/2024/sok/?q=", view.Url, StringComparison.Ordinal);
        Assert.Equal(("personrån", "personrån"), (view.Query, view.Field));
        Assert.Equal("/2024/brottsligheten/?hl=personr%C3%A5n#personran", view.Results[0].Href);
    }

    [SkippableFact]
    public async Task The_url_follows_the_query_and_back_and_forward_return_to_each_search()
    {
        var scenario = await _browser.Scenario("history");
        SearchView At(string step) => BrowserSearchFixture.View(scenario.GetProperty(step));

        Assert.Equal("inbrott", At("first").Query);
        Assert.Equal("narkotika", At("whileTyping").Query);
        var back = At("afterBack");
        Assert.Equal(("inbrott", "inbrott"), (back.Query, back.Field));
        Assert.Matches("^\\d+ träffar? för ”inbrott”", back.Status);
        Assert.Contains(back.Results, r => r.Href == "/2024/brottsligheten/?hl=inbrott#inbrott-i-bostad");
        var forward = At("afterForward");
        Assert.Equal(("narkotika", "narkotika"), (forward.Query, forward.Field));
    }

    [SkippableFact]
    public async Task A_query_without_hits_shows_its_correction_at_once_and_the_original_on_request()
    {
        var scenario = await _browser.Scenario("noHits");
        var corrected = BrowserSearchFixture.View(scenario.GetProperty("corrected"));
        var empty = BrowserSearchFixture.View(scenario.GetProperty("empty"));
        var after = BrowserSearchFixture.View(scenario.GetProperty("afterSuggestion"));

        Assert.Equal("Inga träffar för ”kloterr”. Visar träffar för ”klotter”. Sök i stället efter ”kloterr”.", corrected.Corrected);
        Assert.Contains(corrected.Results, r => r.Marks.Contains("klotter"));
        Assert.Equal("Inga träffar för ”kloterr”.", empty.Status);
        Assert.Empty(empty.Results);
        Assert.Equal("klotter", empty.Suggestion);
        Assert.Equal(("klotter", "klotter"), (after.Query, after.Field));
        Assert.NotEmpty(after.Results);
    }

    [SkippableFact]
    public async Task An_abbreviation_says_which_words_it_also_searched()
    {
        var view = BrowserSearchFixture.View((await _browser.Scenario("synonyms")).GetProperty("view"));

        Assert.Equal("Visar även träffar för ”Brottsförebyggande rådet”.", view.Expanded);
        Assert.Contains(view.Results, r => r.Marks.Contains("Brottsförebyggande"));
    }

    [SkippableFact]
    public async Task Markup_in_report_text_shows_as_text_in_results_and_runs_nothing()
    {
        var scenario = await _browser.Scenario("xss");

        var views = scenario.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object)
            .ToDictionary(p => p.Name, p => BrowserSearchFixture.View(p.Value));
        Assert.Equal(["farlig", "header", "onerror", "script"], views.Keys.Order(StringComparer.Ordinal));
        foreach (var (query, view) in views)
        {
            Assert.True(view.Xss is null, $"{query}: injected code ran ({view.Xss})");
            Assert.Empty(view.Violations);
            Assert.Empty(view.Elements.Except(SafeElements));
            Assert.NotEmpty(view.Results);
        }

        Assert.Contains(views["script"].Results, r => r.Title == "Rubrik med <script>window.__xss = 'rubrik'</script> i sig");
        Assert.Contains(views["onerror"].Results, r => r.Snippet.Contains("<img src=x onerror=\"window.__xss = 'bild'\">", StringComparison.Ordinal));
        Assert.Contains(views["farlig"].Results, r => r.Where.Contains("<script>window.__xss = 'kapitel'</script>", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_index_of_another_schema_is_refused_with_a_request_to_reload()
    {
        var scenario = await _browser.Scenario("otherSchema");
        var view = BrowserSearchFixture.View(scenario);

        Assert.Equal("Sökningen kunde inte laddas – ladda om sidan.", view.Status);
        Assert.Empty(view.Results);
        var error = Assert.Single(scenario.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"has schema {Lagesbild.Site.Search.SearchSchema.Version + 1}, this page reads schema {Lagesbild.Site.Search.SearchSchema.Version}", error, StringComparison.Ordinal);
    }
}
