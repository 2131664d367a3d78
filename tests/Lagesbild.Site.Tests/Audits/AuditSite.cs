using System.Text.Json;
using Lagesbild.Site.Build;
using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>The audit tests share one built site, one server and one run of each tool.</summary>
[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<AuditSite>
{
    public const string Name = "Audits of the built site";
}

/// <summary>
/// The live content/ built once and written to disk, with its public address on 127.0.0.1, where
/// the Node tools serve it (tests/tools/static-server.mjs). Every page of whatever the editors
/// wrote must pass, so the pages audited in depth are found in the build (the latest published
/// edition's home, a chapter, its search page and print view), never named. The browser audits
/// (axe, keyboard, no JavaScript, all in one Chromium), Lighthouse and the Nu Html Checker start at
/// once in the background. Lighthouse spends most of its run waiting for pages to settle, so beside
/// the others it costs little; the tests hold none of its timings (bench/lighthouse.sh does, on a
/// quiet machine), so it leaves the performance category out.
/// </summary>
public sealed class AuditSite : IDisposable
{
    private readonly TestSite _site = TestSite.FromLiveContent();
    private readonly Lazy<Task<JsonElement>> _browser;
    private readonly Lazy<Task<ExternalProcess.Result>> _checker;
    private readonly Lazy<Task<JsonElement>> _lighthouse;

    public AuditSite()
    {
        AuditPictures.AddTo(_site);
        // Canonical links are absolute; on the served host, so that Lighthouse's SEO audit accepts them.
        var options = _site.Options() with { SiteUrl = "http://127.0.0.1/" };
        Result = SiteBuilder.Build(options);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("the real content does not build:\n" + string.Join('\n', Result.Diagnostics));
        }

        StagedDirectoryWriter.Write(_site.OutputDirectory, Result.Files);
        PageFiles = [.. Result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        Pages = [.. PageFiles.Select(UrlPath)];
        using var editions = System.Text.Json.JsonDocument.Parse(Result.Files.Single(f => f.RelativePath == "editions.json").Content);
        EditionHome = $"{editions.RootElement.GetProperty("latest").GetInt32()}/";
        ChapterPage = ChooseChapter(Result, EditionHome);
        PrintPage = EditionHome + "utskrift/";

        _browser = new(() => Task.Run(RunBrowserAudits));
        _checker = new(() => Task.Run(RunChecker));
        _lighthouse = new(() => Task.Run(RunLighthouse));
        if (File.Exists(Chromium.Path))
        {
            _ = _browser.Value;
            _ = _lighthouse.Value;
        }

        if (AuditTools.HasJava)
        {
            _ = _checker.Value;
        }
    }

    public BuildResult Result { get; }

    /// <summary>The latest published edition's home, such as <c>2024/</c>.</summary>
    public string EditionHome { get; }

    /// <summary>A chapter of the latest edition, with sections, tables and previous/next links where the edition has one.</summary>
    public string ChapterPage { get; }

    /// <summary>The latest edition's print view.</summary>
    public string PrintPage { get; }

    /// <summary>The latest edition's search page.</summary>
    public string SearchPage => EditionHome + "sok/";

    /// <summary>A page the tests name by its role (<c>chapter</c> or <c>search</c>), as theory data cannot know the edition.</summary>
    public string PageFor(string role) => role switch
    {
        "chapter" => ChapterPage,
        "search" => SearchPage,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "a chapter or the search page"),
    };

    /// <summary>Every page's output file, such as <c>2024/brottsligheten/index.html</c>.</summary>
    public IReadOnlyList<string> PageFiles { get; }

    /// <summary>Every page as its URL path below the base address, such as <c>2024/brottsligheten/</c>.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Pages for the keyboard test: a chapter, and the search page when the site has one.</summary>
    public IReadOnlyList<string> KeyboardPages => [ChapterPage, .. Pages.Where(IsSearchPage)];

    /// <summary>Pages for the no-JavaScript test: the edition home, a chapter, the print view, the 404 page, the editions list and the accessibility statement.</summary>
    public IReadOnlyList<string> NoScriptPages => [EditionHome, ChapterPage, PrintPage, "404.html", .. Pages.Where(p => p is "utgavor/" or "tillganglighet/")];

    /// <summary>Pages for Lighthouse: the edition home, a chapter and the search page.</summary>
    public IReadOnlyList<string> LighthousePages => [EditionHome, ChapterPage, SearchPage];

    // The tests await the tools rather than block on them, so while the tools run xunit's few
    // threads go on with other tests.
    public Task<JsonElement> BrowserAudits()
    {
        Chromium.RequireOrSkip();
        return _browser.Value;
    }

    public Task<ExternalProcess.Result> CheckerRun()
    {
        AuditTools.RequireJavaOrSkip();
        return _checker.Value;
    }

    public Task<JsonElement> LighthouseReports()
    {
        Chromium.RequireOrSkip();
        return _lighthouse.Value;
    }

    public void Dispose()
    {
        Task[] started = [.. new Task?[] { Started(_browser), Started(_lighthouse), Started(_checker) }.OfType<Task>()];
        foreach (var task in started)
        {
            try
            {
                task.Wait(TimeSpan.FromMinutes(5));
            }
            catch (AggregateException)
            {
                // A failed audit was reported by its test.
            }
        }

        _site.Dispose();
    }

    private static Task? Started<T>(Lazy<Task<T>> tool) => tool.IsValueCreated ? tool.Value : null;

    /// <summary>A word the search must find: the first long word of the audited chapter's title (every title is indexed).</summary>
    private string SearchQuery() =>
        Result.Page(ChapterPage + "index.html").QuerySelector("main h1")!.TextContent
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetter)]))
            .OrderByDescending(w => w.Length).First().ToLowerInvariant();

    public static bool IsSearchPage(string page) => page.EndsWith("/sok/", StringComparison.Ordinal);

    /// <summary>The first chapter in the edition's contents with the most of: a table, sections, a previous and a next chapter.</summary>
    private static string ChooseChapter(BuildResult result, string home)
    {
        var chapters = result.Page(home + "index.html").QuerySelectorAll("nav.toc a[href]").Select(a => a.GetAttribute("href")!.TrimStart('/')).ToList();
        if (chapters.Count == 0)
        {
            throw new InvalidOperationException($"the edition home /{home} lists no chapters");
        }

        return chapters.MaxBy(chapter =>
        {
            var page = result.Page(chapter + "index.html");
            return new[] { "main table", "nav.sections a", "a[rel=prev]", "a[rel=next]" }.Count(selector => page.QuerySelector(selector) is not null);
        })!;
    }

    private static string UrlPath(string file) =>
        file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    private JsonElement RunBrowserAudits()
    {
        var request = JsonSerializer.Serialize(new { pages = Pages, keyboard = KeyboardPages, nojs = NoScriptPages, searchQuery = SearchQuery() });
        var run = AuditTools.Run("node", [Path.Combine(AuditTools.Directory, "audit-browser.mjs"), "--site", _site.OutputDirectory, "--chromium", Chromium.Path],
            request, TimeSpan.FromMinutes(8));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"audit-browser.mjs failed with exit code {run.ExitCode}:\n{run.Errors}");
        }

        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    private ExternalProcess.Result RunChecker()
    {
        _ = AuditTools.Directory;
        var files = PageFiles.Select(f => Path.Combine(_site.OutputDirectory, f));
        return AuditTools.Run("java", ["-jar", AuditTools.NuHtmlCheckerJar, "--errors-only", "--format", "json", "--stdout", .. files], timeout: TimeSpan.FromMinutes(5));
    }

    private JsonElement RunLighthouse()
    {
        var run = AuditTools.Run("node", [Path.Combine(AuditTools.Directory, "lighthouse.mjs"), "--site", _site.OutputDirectory, "--chromium", Chromium.Path,
                "--categories", string.Join(',', LighthouseTests.Floored), .. LighthousePages],
            timeout: TimeSpan.FromMinutes(6));
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"lighthouse.mjs failed with exit code {run.ExitCode}:\n{run.Errors}");
        }

        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }
}
