using System.Text.Json;
using Lagesbild.Site.Tests.Search;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>
/// Serves the frozen 2024 report, the XSS fixture and the three-edition fixture on 127.0.0.1 and
/// lets tests/tools/search-browser.mjs use their search in headless Chromium once; the tests then
/// read what each scenario saw. Without Chromium nothing runs, and each test skips (or fails in CI).
/// </summary>
public sealed class BrowserSearchFixture : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TestSite _xss = TestSite.FromText(XssFixture.Files);
    private readonly Task<JsonElement>? _scenarios;

    public BrowserSearchFixture()
    {
        // Started here and awaited by the tests, so no test thread waits while the browser works.
        if (File.Exists(Chromium.Path))
        {
            _scenarios = Task.Run(Run);
        }
    }

    /// <summary>What one scenario recorded; skips without Chromium and fails when the scenario did.</summary>
    public async Task<JsonElement> Scenario(string name)
    {
        Chromium.RequireOrSkip();
        var scenario = (await _scenarios!).GetProperty(name);
        if (scenario.TryGetProperty("failed", out var failure))
        {
            throw new Xunit.Sdk.XunitException($"the browser scenario {name} failed: {failure.GetString()}");
        }

        Assert.Empty(scenario.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(scenario.GetProperty("dialogs").EnumerateArray().Select(e => e.GetString()));
        return scenario;
    }

    private JsonElement Run()
    {
        NodeTools.EnsureTestToolsInstalled();
        var xss = _xss.BuildAndWrite();
        if (!xss.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', xss.Diagnostics));
        }

        var output = NodeTools.Run(Path.Combine(NodeTools.TestToolsDirectory, "search-browser.mjs"),
            ["--site", SharedBuilds.FrozenOnDisk.Directory, "--xss", _xss.OutputDirectory, "--editions", EditionSite.PublishedOnDisk.Directory, "--chromium", Chromium.Path],
            timeout: TimeSpan.FromMinutes(5));
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public static SearchView View(JsonElement element) => element.Deserialize<SearchView>(Json)!;

    public void Dispose()
    {
        try
        {
            _scenarios?.Wait(TimeSpan.FromMinutes(5));
        }
        catch (AggregateException)
        {
            // A failed run was reported by the tests.
        }

        _xss.Dispose();
    }
}
