using System.Text.Json;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>axe-core's WCAG 2.0 and 2.1 A and AA rules on every page, light and dark, 375 px and 1280 px wide.</summary>
[Collection(AuditCollection.Name)]
public sealed class AxeTests(AuditSite site)
{
    [SkippableFact]
    public async Task Every_page_in_every_colour_scheme_and_width_has_no_violations()
    {
        var audits = await site.BrowserAudits();

        // "checked" names the page axe actually audited (a redirect page must not hand axe its target).
        var checkedRuns = audits.GetProperty("checked").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        foreach (var mode in new[] { "light 375", "dark 375", "light 1280", "dark 1280" })
        {
            Assert.All(site.Pages, page => Assert.Contains($"{mode} {page}", checkedRuns));
        }

        var findings = audits.GetProperty("axe").EnumerateArray().SelectMany(Describe).ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} axe violations:\n{string.Join('\n', findings)}");
    }

    private static IEnumerable<string> Describe(JsonElement violation) =>
        violation.GetProperty("nodes").EnumerateArray().Select(node =>
            $"{violation.GetProperty("rule").GetString()} ({violation.GetProperty("impact").GetString()}) on /{violation.GetProperty("page").GetString()} " +
            $"[{violation.GetProperty("mode").GetString()}] at {node.GetProperty("target").GetString()}: {node.GetProperty("summary").GetString()?.ReplaceLineEndings(" ")}");
}
