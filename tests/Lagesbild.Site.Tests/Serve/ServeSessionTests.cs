using Lagesbild.Site.Diagnostics;
using System.Net;
using Lagesbild.Site.Serve;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Serve;

/// <summary><c>serve</c> as an editor uses it: open a page, save a change, see it; break something, see why.</summary>
public sealed class ServeSessionTests : IDisposable
{
    private const string DraftEdition = """
        -- content/2025/edition.yml --
        title: Lägesbild 2025
        published: 2025-12-01
        status: draft
        summary: Utkast.
        -- content/2025/01-inledning.md --
        ---
        title: Inledning 2025
        ---

        Utkast till inledningen.
        """;

    private readonly TestSite _site = MinimalSite.With(DraftEdition);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private ServeSession? _session;

    [Fact]
    public async Task Pages_are_served_with_drafts_and_the_live_reload_script()
    {
        var session = Start();

        var page = await _http.GetAsync(new Uri(session.Address, "2024/inledning/"));
        var draft = await _http.GetStringAsync(new Uri(session.Address, "2025/inledning/"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        var html = HtmlPage.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal("Text i inledningen.", html.QuerySelector("main p")?.NormalizedText());
        Assert.Equal("/__serve/livereload.js", html.QuerySelector("head script[data-events]")?.GetAttribute("src"));
        Assert.Null(html.QuerySelector(".draft-banner"));
        var draftHtml = HtmlPage.Parse(draft);
        Assert.Equal("Utkast till inledningen.", draftHtml.QuerySelector("main p")?.NormalizedText());
        Assert.Equal("Utkast – inte publicerad. Lägesbild 2025 kan fortfarande ändras.", draftHtml.QuerySelector(".draft-banner")?.NormalizedText());
    }

    [Fact]
    public async Task Folders_assets_and_missing_pages_are_answered_like_a_static_host()
    {
        var session = Start();
        var css = session.Current.Files.Keys.Single(k => k.EndsWith(".css", StringComparison.Ordinal));

        var withoutSlash = await _http.GetAsync(new Uri(session.Address, "2024/inledning"));
        var stylesheet = await _http.GetAsync(new Uri(session.Address, css));
        var missing = await _http.GetAsync(new Uri(session.Address, "2024/finns-inte/"));
        var script = await _http.GetAsync(new Uri(session.Address, "/__serve/livereload.js"));

        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.Equal("/2024/inledning/", withoutSlash.Headers.Location?.ToString());
        Assert.Equal("text/css; charset=utf-8", stylesheet.Content.Headers.ContentType?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Sidan finns inte", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_site_with_a_base_path_is_served_under_it()
    {
        var session = Start("/lagesbild/");

        var root = await _http.GetAsync(new Uri(session.Address, "/"));
        var page = await _http.GetStringAsync(new Uri(session.Address, "/lagesbild/2024/inledning/"));

        Assert.Equal("/lagesbild/", root.Headers.Location?.ToString());
        Assert.Contains("Text i inledningen.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_change_is_served_and_announced_to_open_tabs()
    {
        var session = Start();
        var url = new Uri(session.Address, "2024/inledning/");
        using var events = await OpenEvents(session);
        Assert.Equal("1", await events.NextBuild());

        _site.Write("content/2024/01-inledning.md", "---\ntitle: Inledning\n---\n\nNy text efter ändringen.\n\n## Syfte\n\nSyftet.\n");

        var page = await Eventually.Get(() => _http.GetStringAsync(url), p => p.Contains("Ny text efter ändringen.", StringComparison.Ordinal), "the edited text");
        Assert.DoesNotContain("Text i inledningen.", page, StringComparison.Ordinal);
        Assert.NotEqual("1", await events.NextBuild());
    }

    [Fact]
    public async Task The_search_index_follows_an_edit_and_search_keeps_answering_meanwhile()
    {
        var session = Start();
        // The index file's name is a fingerprint: the page being read says which one it loads.
        async Task<string> Index()
        {
            var page = await _http.GetStringAsync(new Uri(session.Address, "2024/inledning/"));
            var url = System.Text.RegularExpressions.Regex.Match(page, "data-search-index=\"/([^\"]+)\"").Groups[1].Value;
            using var response = await _http.GetAsync(new Uri(session.Address, url));
            if (!response.IsSuccessStatusCode)
            {
                return "";
            }

            // The index names its text file (the snippets' text), which the page fetches next.
            var index = await response.Content.ReadAsStringAsync();
            var text = System.Text.Json.JsonDocument.Parse(index).RootElement.GetProperty("text").GetString()!;
            using var textResponse = await _http.GetAsync(new Uri(new Uri(session.Address, url), text));
            return textResponse.IsSuccessStatusCode ? index + await textResponse.Content.ReadAsStringAsync() : "";
        }

        await Eventually.Get(Index, json => json.Contains("inledningen", StringComparison.Ordinal), "the first search index");

        _site.Write("content/2024/01-inledning.md", "---\ntitle: Inledning\n---\n\nOrdet kvastfening finns bara här.\n\n## Syfte\n\nSyftet.\n");

        // The edited page is out before Node is done; search meanwhile answers from the previous index and text.
        await Eventually.Get(() => _http.GetStringAsync(new Uri(session.Address, "2024/inledning/")), p => p.Contains("kvastfening", StringComparison.Ordinal), "the edited page");
        Assert.NotEqual("", await Index());
        await Eventually.Get(Index, json => json.Contains("kvastfening", StringComparison.Ordinal), "the rebuilt search index");
    }

    [Fact]
    public async Task A_broken_build_shows_its_errors_over_the_last_good_page_until_it_is_fixed()
    {
        var session = Start();
        var url = new Uri(session.Address, "2024/inledning/");
        var chapter = "content/2024/01-inledning.md";

        _site.Write("content/2024/01-inledning.md", "---\ntitle: Inledning\nfärg: röd\n---\n\nHalvfärdig text.\n");
        var broken = HtmlPage.Parse(await Eventually.Get(() => _http.GetStringAsync(url), p => p.Contains("serve-errors", StringComparison.Ordinal), "the error overlay"));

        Assert.Equal("The build failed: 1 error(s)", broken.QuerySelector(".serve-errors h2")?.NormalizedText());
        Assert.Equal(
            $"{chapter}:3:1 error: unknown key `färg` allowed keys here: title, description, visibility, updated [LB102]",
            broken.QuerySelector(".serve-errors li")?.NormalizedText());
        Assert.Equal("Text i inledningen.", broken.QuerySelector("main p")?.NormalizedText());
        Assert.Equal("/__serve/overlay.css", broken.QuerySelector("link[href^='/__serve/']")?.GetAttribute("href"));

        _site.Write("content/2024/01-inledning.md", "---\ntitle: Inledning\n---\n\nFärdig text.\n");
        var fixedPage = await Eventually.Get(() => _http.GetStringAsync(url), p => p.Contains("Färdig text.", StringComparison.Ordinal), "the fixed page");
        Assert.DoesNotContain("serve-errors", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_that_never_built_shows_the_errors_on_every_page()
    {
        _site.Write("content/2024/edition.yml", "title: Lägesbild 2024\npublished: igår\nstatus: published\n");
        var session = Start(language: Language.Swedish);

        var response = await _http.GetAsync(new Uri(session.Address, "2024/inledning/"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = HtmlPage.Parse(await response.Content.ReadAsStringAsync());
        // An editor's preview speaks Swedish: the heading, the advice and the severity of each line.
        Assert.Equal("Bygget misslyckades: 1 fel", html.QuerySelector(".serve-errors h2")?.NormalizedText());
        Assert.StartsWith("content/2024/edition.yml:2:12 fel: ", html.QuerySelector(".serve-errors li")?.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("igår", html.QuerySelector(".serve-errors li")?.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Inget bygge har fungerat än.", html.QuerySelector(".serve-errors p")?.NormalizedText(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _session?.Dispose();
        _http.Dispose();
        _site.Dispose();
    }

    private ServeSession Start(string baseUrl = "/", Language language = Language.English)
    {
        _session = ServeSession.Start(_site.Options(baseUrl, drafts: true), FreePort.Find(), TextWriter.Null, language);
        return _session;
    }

    private async Task<EventStream> OpenEvents(ServeSession session)
    {
        var stream = await _http.GetStreamAsync(new Uri(session.Address, "/__serve/events"));
        return new EventStream(stream);
    }

    /// <summary>Reads the server's event stream as livereload.js does.</summary>
    private sealed class EventStream(Stream stream) : IDisposable
    {
        private readonly StreamReader _reader = new(stream);

        public async Task<string> NextBuild()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            string? line;
            while ((line = await _reader.ReadLineAsync(timeout.Token)) is not null)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return line["data: ".Length..];
                }
            }

            throw new Xunit.Sdk.XunitException("the event stream ended");
        }

        public void Dispose() => _reader.Dispose();
    }
}
