using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>
/// YAML that crashed, hung or exhausted memory (issue 9, part 5): each is one positioned finding,
/// reached in bounded time, and the chapters beside it are still checked.
/// </summary>
public sealed class HostileYamlTests
{
    private const string Chapter = """
        -- content/2024/02-tabell.md --
        ---
        title: Tabell
        ---

        ::: table t
        :::
        """;

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_the_first_alias()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var i = 1; i < 12; i++)
        {
            var previous = (char)('a' + i - 1);
            lines.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]");
        }

        var diagnostics = CheckTable(string.Join('\n', lines) + "\n");

        var error = diagnostics.SingleError(DiagnosticCodes.Yaml.Alias);
        Assert.Equal("content/2024/data/t.yml:1:4", Relative(error));
        Assert.Contains("anchor", error.Message.English);
    }

    [Fact]
    public void A_self_referencing_alias_is_refused()
    {
        var error = CheckTable("caption: &x [*x]\n").SingleError(DiagnosticCodes.Yaml.Alias);

        Assert.Equal("content/2024/data/t.yml:1:10", Relative(error));
    }

    [Fact]
    public void An_alias_written_where_a_marker_was_meant_says_to_quote_it()
    {
        var error = CheckTable("caption: T\nnotes:\n  - marker: *\n    text: Not\n").SingleError(DiagnosticCodes.Yaml.Syntax);

        Assert.Equal("content/2024/data/t.yml:3:13", Relative(error));
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_000, false)]
    [InlineData(33, true)]
    public void Nesting_deeper_than_the_limit_is_refused_without_overflowing_the_stack(int depth, bool flow)
    {
        var yaml = flow
            ? "caption: " + new string('[', depth) + new string(']', depth) + "\n"
            : "caption:\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n";

        var error = CheckTable(yaml).SingleError(DiagnosticCodes.Yaml.TooDeep);

        Assert.StartsWith(flow ? "content/2024/data/t.yml:1:" : "content/2024/data/t.yml:2:", Relative(error));
    }

    [Fact]
    public void A_second_document_after_a_dashes_line_is_not_dropped_silently()
    {
        var error = CheckTable("caption: T\n---\ncolumns: []\n").SingleError(DiagnosticCodes.Yaml.SeveralDocuments);

        Assert.Equal("content/2024/data/t.yml:3:1", Relative(error));
    }

    [Theory]
    [InlineData("caption: !!binary aGVq\n", "content/2024/data/t.yml:1:10")]
    [InlineData("caption: !lokal Text\n", "content/2024/data/t.yml:1:10")]
    public void Tags_are_refused_rather_than_silently_dropped(string yaml, string location)
    {
        var error = CheckTable(yaml).SingleError(DiagnosticCodes.Yaml.Tag);

        Assert.Equal(location, Relative(error));
    }

    [Theory]
    [InlineData("caption: T\ncolumns:\n  - key: a\n\theader: A\n", "tabb")]
    [InlineData("caption: T\ncolumns:\n  - { key: a, header: A, type: text }\nrows:\n  - [a, b\n", "]")]
    [InlineData("caption: Brott: antal per år\ncolumns: []\n", "kolon")]
    [InlineData("caption: \"Brott\ncolumns: []\n", "citattecken")]
    public void Syntax_errors_get_a_Swedish_explanation_of_the_usual_cause(string yaml, string expected)
    {
        var error = CheckTable(yaml).SingleError(DiagnosticCodes.Yaml.Syntax);

        Assert.Contains(expected, error.Hint!.Swedish);
        Assert.Contains("invalid YAML", error.Message.English);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_its_line()
    {
        var error = CheckTable("caption: T\ncolumns:\n\t- { key: a, header: A, type: text }\n").SingleError(DiagnosticCodes.Yaml.Syntax);

        Assert.Equal("content/2024/data/t.yml:3:1", Relative(error));
        Assert.Equal("Raden börjar med en tabb. YAML kräver mellanslag för indrag: byt tabben mot mellanslag.", error.Hint!.Swedish);
    }

    [Fact]
    public void A_missing_space_after_the_colon_is_explained()
    {
        var error = CheckTable("caption: T\ncolumns:\n  - key:a\nrows: []\n").SingleError(DiagnosticCodes.Yaml.WrongType);

        Assert.Equal("content/2024/data/t.yml:3:5", Relative(error));
        Assert.Contains("mellanslag", error.Hint!.Swedish);
    }

    [Fact]
    public void A_broken_site_and_edition_file_do_not_hide_the_findings_in_chapters_and_tables()
    {
        using var site = MinimalSite.With("""
            -- content/site.yml --
            title: [Lägesbild
            -- content/2024/edition.yml --
            title: Lägesbild 2024
            status: publicerad
            -- content/2024/01-inledning.md --
            ---
            title: Inledning
            ---

            Se [saknat](09-saknas.md).
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - { key: a, header: A, type: integer }
            rows:
              - [tolv]
            """);

        var diagnostics = ContentCheck.Run(site.ContentDirectory);

        Assert.Equal(
            ["LB205 content/2024/01-inledning.md", "LB301 content/2024/data/t.yml",
             "LB101 content/2024/edition.yml", "LB104 content/2024/edition.yml", "LB100 content/site.yml", "LB311 content/2024/data/t.yml"],
            diagnostics.Select(d => $"{d.Code} {Path.GetRelativePath(site.Root, d.Location.Path)}"));
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> CheckTable(string yaml)
    {
        using var site = MinimalSite.With(Chapter + "\n-- content/2024/data/t.yml --\n");
        File.WriteAllText(Path.Combine(site.ContentDirectory, "2024", "data", "t.yml"), yaml);
        var diagnostics = ContentCheck.Run(site.ContentDirectory);
        return [.. diagnostics.Select(d => d with { Location = d.Location with { Path = Path.GetRelativePath(site.Root, d.Location.Path) } })];
    }

    private static string Relative(Diagnostic diagnostic) => diagnostic.Location.ToString();
}
