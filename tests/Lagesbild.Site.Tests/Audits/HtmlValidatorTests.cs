using System.Text.Json;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>The Nu Html Checker (vnu.jar) on every page: no errors.</summary>
[Collection(AuditCollection.Name)]
public sealed class HtmlValidatorTests(AuditSite site)
{
    [SkippableFact]
    public async Task Every_page_is_valid_html()
    {
        var run = await site.CheckerRun();

        Assert.True(run.Text.TrimStart().StartsWith('{'), $"the Nu Html Checker did not report (exit code {run.ExitCode}):\n{run.Errors}");
        var messages = JsonDocument.Parse(run.Output).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Page(m)}:{Line(m)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, $"{messages.Count} HTML errors:\n{string.Join('\n', messages)}");
    }

    private static string Page(JsonElement message) =>
        message.TryGetProperty("url", out var url) ? Uri.UnescapeDataString(url.GetString() ?? "").Split("/site/").Last() : "?";

    private static string Line(JsonElement message) =>
        message.TryGetProperty("lastLine", out var line) ? line.GetRawText() : "?";
}
