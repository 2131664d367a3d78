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
        Assert.All(rows, row => Assert.Matches(@"^\| ❌ fel \| ` [^`]*02-bilder\.md ` \| \d+ \| \d+ \| .+ \| ` LB\d{3} ` \|$", row));
    }

    [Fact]
    public void Errors_come_before_warnings_and_the_count_names_both()
    {
        var findings = new[]
        {
            new Diagnostic(Severity.Warning, "LB210", new SourceLocation("content/a.md", 1, 1), new("Varning.", "Warning.")),
            new Diagnostic(Severity.Error, "LB212", new SourceLocation("content/b.md", 2, 1), new("Fel.", "Error.")),
            new Diagnostic(Severity.Warning, "LB210", new SourceLocation("content/c.md", 3, 1), new("Varning.", "Warning.")),
        };
        var writer = new StringWriter();

        MarkdownSummary.Write(findings, writer);

        var lines = writer.ToString().Split('\n');
        Assert.Contains("1 fel, 2 varningar.", lines);
        var kinds = lines.Where(l => l.StartsWith("| ❌", StringComparison.Ordinal) || l.StartsWith("| ⚠️", StringComparison.Ordinal)).Select(l => l[..4]).ToList();
        Assert.Equal(["| ❌ ", "| ⚠️", "| ⚠️"], kinds);
    }

    public static TheoryData<string> HostileValues() =>
    [
        "x` [klicka här](https://evil.example/) `y",
        "x`` <img src=https://evil.example/a.png> ``y",
        "```` ![bild](https://evil.example/b.png) `",
        "`",
        "a\\| [länk](https://evil.example/) | b",
        "rad ett\r\n| ny | rad |\n[länk](https://evil.example/)",
        "<a href=\"https://evil.example/\">Verktyget säger: godkänt</a>",
        "https://evil.example/ www.evil.example",
    ];

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Content_quoted_in_a_message_cannot_leave_its_code_span(string value)
    {
        // Given a finding whose message, hint and file name quote hostile content, as messages quote cell values and links
        var finding = new Diagnostic(Severity.Error, "LB301", new SourceLocation($"content/2024/{value}.md", 3, 4),
            new($"`{value}` i kolumnen `antal` är inte ett heltal.", $"`{value}` in column `antal` is not a whole number"),
            new($"Skriv `{value}` utan tecken.", $"write `{value}` without signs"));
        var writer = new StringWriter();

        // When the summary is written and rendered as GitHub renders Markdown (pipe tables, autolinks)
        MarkdownSummary.Write([finding], writer);
        var pipeline = Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build();
        var html = Markdig.Markdown.ToHtml(writer.ToString(), pipeline);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        // Then it is one row of seven cells, nothing in it is a link, image or element from the content,
        // and each quoting cell shows the content verbatim inside one code element
        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td");
        Assert.Equal(7, cells.Length);
        Assert.Empty(document.QuerySelectorAll("a, img, script"));
        var flat = value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');
        Assert.Equal($"content/2024/{flat}.md", CodeText(cells[1]));
        Assert.Equal($"`{flat}` i kolumnen `antal` är inte ett heltal.", CodeText(cells[4]));
        Assert.Equal($"Skriv `{flat}` utan tecken.", CodeText(cells[5]));
    }

    // GitHub shows the escaped pipe `\|` inside a table's code span as `|` (GFM spec, example 200); Markdig keeps the backslash.
    private static string CodeText(AngleSharp.Dom.IElement cell) =>
        Assert.Single(cell.QuerySelectorAll("code")).TextContent.Replace("\\|", "|", StringComparison.Ordinal);
}
