using System.Reflection;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Docs;

/// <summary>
/// docs/diagnostics.md is where an editor looks up a code from a red check: it must list every code
/// the tool can print, once, with the title the annotation shows, the right severity, and an example
/// line that the named test really pins (so the example cannot drift from what the tool prints).
/// </summary>
public sealed partial class DiagnosticsDocTests
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");

    /// <summary>Every declared code and the name of its constant, e.g. <c>DiagnosticCodes.Image.MissingFile</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Declared = typeof(DiagnosticCodes).GetNestedTypes()
        .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (Code: (string)f.GetRawConstantValue()!, Name: $"DiagnosticCodes.{group.Name}.{f.Name}")))
        .ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);

    private static readonly IReadOnlyList<Entry> Entries = Parse(File.ReadAllText(DocPath));

    [Fact]
    public void The_doc_lists_every_declared_code_exactly_once()
    {
        var listed = Entries.Select(e => e.Code).ToList();

        Assert.Empty(listed.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(Declared.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_entry_has_the_title_the_annotation_shows_and_every_field()
    {
        Assert.All(Entries, entry =>
        {
            var title = DiagnosticTitles.For(entry.Code);
            Assert.True(title is not null, $"{entry.Code} has no title in DiagnosticTitles.cs");
            Assert.Equal($"{title.Swedish} / {title.English}", entry.Title);
            foreach (var field in new[] { "Allvarlighet / Severity", "Betydelse", "Meaning", "Så rättar du det", "Fix" })
            {
                Assert.True(entry.Fields.TryGetValue(field, out var value) && value.Length > 1, $"{entry.Code} has no **{field}:**");
            }
        });
    }

    [Fact]
    public void The_severity_matches_every_place_the_source_reports_the_code()
    {
        var reported = SourceSeverities();

        Assert.All(Entries, entry =>
        {
            var documented = DocumentedSeverities(entry);
            Assert.True(documented.Count > 0, $"{entry.Code}: unknown severity `{entry.Fields["Allvarlighet / Severity"]}`");
            if (reported.TryGetValue(entry.Code, out var inSource))
            {
                Assert.True(inSource.IsSubsetOf(documented), $"{entry.Code}: the source reports it as {string.Join(" and ", inSource)}, the doc says {entry.Fields["Allvarlighet / Severity"]}");
            }

            foreach (var line in entry.Example)
            {
                Assert.Contains(SeverityOf(line), documented);
            }
        });
    }

    [Fact]
    public void Every_code_has_an_example_line_its_named_test_file_pins()
    {
        // A code without an example is a code no test shows the tool printing (or one nobody looked up).
        Assert.Empty(Entries.Where(e => e.ExampleFile is null).Select(e => e.Code));
        Assert.All(Entries, entry =>
        {
            var path = Path.Combine(RepoPaths.Root, entry.ExampleFile!);
            Assert.True(File.Exists(path), $"{entry.Code}: {entry.ExampleFile} does not exist");
            var text = File.ReadAllText(path);
            Assert.NotEmpty(entry.Example);
            Assert.All(entry.Example, line =>
            {
                Assert.EndsWith($"[{entry.Code}]", line, StringComparison.Ordinal);
                Assert.True(text.Contains(line, StringComparison.Ordinal), $"{entry.Code}: {entry.ExampleFile} does not contain the example line\n{line}");
            });
        });
    }

    [Fact]
    public void A_pull_request_summary_with_findings_points_editors_at_this_doc()
    {
        var finding = new Diagnostic(Severity.Error, "LB240", new SourceLocation("content/2024/01-kapitel.md", 9, 1), new("Bildfilen saknas.", "the image file is missing"));
        var withFindings = new StringWriter();
        var clean = new StringWriter();

        Lagesbild.Site.Cli.MarkdownSummary.Write([finding], withFindings);
        Lagesbild.Site.Cli.MarkdownSummary.Write([], clean);

        Assert.Contains("står i `docs/diagnostics.md` i repot.", withFindings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("docs/diagnostics.md", clean.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Lagesbild.Site.Cli.MarkdownSummary.DiagnosticsDoc)));
    }

    [Fact]
    public void The_parser_reads_an_entry_and_rejects_a_wrong_severity()
    {
        var entry = Assert.Single(Parse("""
            ### LB240 — Bildfilen saknas / Image file missing

            - **Allvarlighet / Severity:** varning / warning
            - **Betydelse:** x
            - **Exempel / Example** (`tests/x.txt`):

              ```text
              a.md:1:1: fel: x [LB240]
              ```
            """));

        Assert.Equal("LB240", entry.Code);
        Assert.Equal("tests/x.txt", entry.ExampleFile);
        Assert.DoesNotContain(SeverityOf(Assert.Single(entry.Example)), DocumentedSeverities(entry));
    }

    private static HashSet<Severity> DocumentedSeverities(Entry entry)
    {
        var text = entry.Fields.GetValueOrDefault("Allvarlighet / Severity", "");
        var severities = new HashSet<Severity>();
        if (text.Contains("error", StringComparison.Ordinal))
        {
            severities.Add(Severity.Error);
        }

        if (text.Contains("warning", StringComparison.Ordinal))
        {
            severities.Add(Severity.Warning);
        }

        return severities;
    }

    private static Severity SeverityOf(string line) =>
        SeverityWord().Match(line).Groups[1].Value is "fel" or "error" ? Severity.Error : Severity.Warning;

    /// <summary>The severity of each direct report in the source: <c>.Error(DiagnosticCodes.X.Y</c>, <c>.Warning(…</c>, <c>new Diagnostic(Severity.Error, …</c>.</summary>
    private static Dictionary<string, HashSet<Severity>> SourceSeverities()
    {
        var byName = Declared.ToDictionary(d => d.Value, d => d.Key, StringComparer.Ordinal);
        var result = new Dictionary<string, HashSet<Severity>>(StringComparer.Ordinal);
        var sourceRoot = Path.Combine(RepoPaths.Root, "src", "Lagesbild.Site");
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in DirectReport().Matches(File.ReadAllText(file)))
            {
                if (byName.TryGetValue(match.Groups["name"].Value, out var code))
                {
                    var severity = match.Groups["kind"].Value.Contains("Warning", StringComparison.Ordinal) ? Severity.Warning : Severity.Error;
                    (result.TryGetValue(code, out var set) ? set : result[code] = []).Add(severity);
                }
            }
        }

        Assert.True(result.Count > 50, $"only {result.Count} codes found reported in the source: did DiagnosticBag change shape?");
        return result;
    }

    private static List<Entry> Parse(string markdown)
    {
        var entries = new List<Entry>();
        Entry? current = null;
        var inExample = false;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (EntryHeading().Match(line) is { Success: true } heading)
            {
                current = new Entry(heading.Groups[1].Value, heading.Groups[2].Value);
                entries.Add(current);
                inExample = false;
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is null)
            {
                continue;
            }
            else if (line.Trim() == "```text")
            {
                inExample = true;
            }
            else if (line.Trim() == "```")
            {
                inExample = false;
            }
            else if (inExample)
            {
                current.Example.Add(line.Trim());
            }
            else if (ExampleField().Match(line) is { Success: true } example)
            {
                current.ExampleFile = example.Groups[1].Success ? example.Groups[1].Value : null;
            }
            else if (Field().Match(line) is { Success: true } field)
            {
                current.Fields[field.Groups[1].Value] = field.Groups[2].Value.Trim();
            }
        }

        return entries;
    }

    private sealed record Entry(string Code, string Title)
    {
        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> Example { get; } = [];

        public string? ExampleFile { get; set; }
    }

    [GeneratedRegex(@"^### (LB[0-9]{3}) — (.+)$")]
    private static partial Regex EntryHeading();

    [GeneratedRegex(@"^- \*\*([^*]+):\*\*(.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^- \*\*Exempel / Example\*\*(?: \(`([^`]+)`\):|:)")]
    private static partial Regex ExampleField();

    [GeneratedRegex(@": (fel|error|varning|warning): ")]
    private static partial Regex SeverityWord();

    [GeneratedRegex(@"(?<kind>\.Error\(|\.Warning\(|new Diagnostic\(Severity\.Error,|new Diagnostic\(Severity\.Warning,)\s*(?<name>DiagnosticCodes\.\w+\.\w+)")]
    private static partial Regex DirectReport();
}
