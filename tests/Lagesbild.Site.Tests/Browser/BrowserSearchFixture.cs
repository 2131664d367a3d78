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
    private readonly TestSite? _xss;
    private readonly JsonElement _scenarios;

    public BrowserSearchFixture()
    {
        if (!File.Exists(Chromium.Path))
        {
            return;
        }

        NodeTools.EnsureTestToolsInstalled();
        _xss = TestSite.FromText(XssFixture.Files);
        var xss = _xss.BuildAndWrite();
        if (!xss.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', xss.Diagnostics));
        }

        var output = NodeTools.Run(Path.Combine(NodeTools.TestToolsDirectory, "search-browser.mjs"),
            ["--site", SharedBuilds.FrozenOnDisk.Directory, "--xss", _xss.OutputDirectory, "--editions", Editions.EditionSite.PublishedOnDisk.Directory, "--chromium", Chromium.Path],
            timeout: TimeSpan.FromMinutes(5));
        _scenarios = JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>What one scenario recorded; skips without Chromium and fails when the scenario did.</summary>
    public JsonElement Scenario(string name)
    {
        Chromium.RequireOrSkip();
        var scenario = _scenarios.GetProperty(name);
        if (scenario.TryGetProperty("failed", out var failure))
        {
            throw new Xunit.Sdk.XunitException($"the browser scenario {name} failed: {failure.GetString()}");
        }

        Assert.Empty(scenario.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(scenario.GetProperty("dialogs").EnumerateArray().Select(e => e.GetString()));
        return scenario;
    }

    public static SearchView View(JsonElement element) => element.Deserialize<SearchView>(Json)!;

    public void Dispose() => _xss?.Dispose();
}
