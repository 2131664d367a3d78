using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Workflows;

/// <summary>
/// `check --summary FILE`, which pr.yml points at $GITHUB_STEP_SUMMARY: every finding as a row of a
/// Markdown table, beyond the ten annotations per kind GitHub shows.
/// </summary>
public sealed class CheckSummaryTests
{
    [Fact]
    public void Every_finding_is_a_row_appended_to_the_summary()
    {
        // Given a chapter with twelve images without alt text (more than GitHub annotates) and a summary another step wrote to
        var images = string.Concat(Enumerable.Range(1, 12).Select(n => $"![](bild{n}.png)\n\n"));
        using var site = MinimalSite.With($"-- content/2024/02-bilder.md --\n---\ntitle: Bilder | och rör\n---\n\n{images}");
        using var directory = new TempDirectory();
        var summary = directory.Combine("summary.md");
        File.WriteAllText(summary, "# Tidigare steg\n");

        // When check runs with --summary
        var exit = CheckCommand.Run(site.Options(), DiagnosticFormat.GitHub, new StringWriter(), Language.Swedish, summary);

        // Then the earlier text stays, and the table has a row per finding with file, line and column
        var text = File.ReadAllText(summary);
        var rows = text.Split('\n').Where(l => l.StartsWith("| ❌", StringComparison.Ordinal)).ToList();
        Assert.Equal(1, exit);
        Assert.StartsWith("# Tidigare steg\n", text, StringComparison.Ordinal);
        Assert.Contains("| | Fil | Rad | Tecken | Vad är fel | Så rättar du | Kod |", text, StringComparison.Ordinal);
        Assert.True(rows.Count >= 12, $"{rows.Count} rows:\n{text}");
        Assert.All(rows, row => Assert.Matches(@"^\| ❌ fel \| `[^`]*02-bilder\.md` \| \d+ \| \d+ \| .+ \| LB\d{3} \|$", row));
    }

    [Fact]
    public void A_pipe_or_line_break_in_a_message_stays_inside_its_cell() =>
        Assert.Equal("a \\| b<br>c &lt;script>", MarkdownSummary.Cell("a | b\r\nc <script>"));
}
