using System.Text.Json;
using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>
/// The three-edition fixture's drafts build, every page the tests read opened once in one Chromium
/// (tests/tools/dom-after-scripts.mjs), each taken when editions.js has drawn the switcher.
/// </summary>
public sealed class EditionsScriptBrowser
{
    /// <summary>The pages <see cref="EditionsScriptBrowserTests"/> reads.</summary>
    private static readonly string[] Opened =
    [
        "2022/brottsligheten/#narkotika", "2022/brottsligheten/#ran", "2022/trygghetsvandringar/",
        "2023/skolor/", "2024/inledning/#syfte", "senaste/brottsligheten/#narkotika",
    ];

    private readonly Lazy<Task<JsonElement>> _pages = new(() => Task.Run(() =>
    {
        NodeTools.EnsureTestToolsInstalled();
        var request = JsonSerializer.Serialize(new { ready = "nav.edition-switcher .edition-list li", pages = Opened });
        var output = NodeTools.Run(Path.Combine(NodeTools.TestToolsDirectory, "dom-after-scripts.mjs"),
            ["--site", EditionSite.WithDraftsOnDisk.Directory, "--chromium", Chromium.Path], request, TimeSpan.FromMinutes(3));
        return JsonDocument.Parse(output).RootElement.Clone();
    }));

    public async Task<IDocument> Open(string path)
    {
        Chromium.RequireOrSkip();
        var page = (await _pages.Value).GetProperty(path);
        if (page.TryGetProperty("failed", out var failure))
        {
            throw new Xunit.Sdk.XunitException($"{path} did not show the edition switcher: {failure.GetString()}");
        }

        return HtmlPage.Parse(page.GetProperty("html").GetString()!);
    }
}
