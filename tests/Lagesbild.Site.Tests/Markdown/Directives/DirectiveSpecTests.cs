using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Directives;
using Lagesbild.Site.Tests.Support;
using Markdig.Syntax;

namespace Lagesbild.Site.Tests.Markdown.Directives;

/// <summary>
/// Runs every example of Specs/DirectiveSpecs.md: chapter Markdown as an editor writes it, parsed
/// by the chapter parser and checked by the directive checks, gives the directives listed (with
/// where they are and whether they are closed) and the findings listed (code and position).
/// </summary>
public sealed partial class DirectiveSpecTests
{
    /// <summary>The line between an example's Markdown and what it gives, as in the CommonMark spec.</summary>
    private const string Separator = "\n.\n";

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var number = 0;
        foreach (var example in SpecFile.Examples("DirectiveSpecs.md"))
        {
            number++;
            var split = example.IndexOf(Separator, StringComparison.Ordinal);
            Assert.True(split > 0, $"example {number} of DirectiveSpecs.md has no line `.` between its Markdown and its result");
            data.Add($"example {number}", example[..split] + "\n", example[(split + Separator.Length)..]);
        }

        return data;
    }

    [Fact]
    public void The_spec_has_an_example_for_every_directive_and_every_refusal()
    {
        var all = string.Join('\n', SpecFile.Examples("DirectiveSpecs.md"));

        Assert.True(Examples().Count >= 20, "DirectiveSpecs.md lost its examples");
        // Every registered directive is shown accepted at least once ("1:1 ::: table t1 (closed on line 2)").
        Assert.All(DirectiveRegistry.All, directive => Assert.Matches($@"(?m)^\d+:\d+ ::: {directive.Keyword} ", all));
        Assert.All(
            [DiagnosticCodes.Chapter.InvalidDirective, DiagnosticCodes.Chapter.UnclosedDirective, DiagnosticCodes.Chapter.BadFigure, DiagnosticCodes.Chapter.UnclosedCodeBlock],
            code => Assert.Contains(code, all, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reads_each_directive_line_as_the_spec_says(string name, string markdown, string expected)
    {
        var text = Visible().Replace(markdown.Replace('␣', '\u00A0'), m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
        var chapter = new ChapterParser(keepInternal: true).Parse(text);
        var diagnostics = new DiagnosticBag();

        DirectiveChecks.Check(text, chapter.Trees, (line, column) => new SourceLocation("k.md", line + 1, column + 1), diagnostics);

        var actual = chapter.Document.Descendants<Block>().Select(Describe).OfType<string>()
            .Concat(diagnostics.ToSortedArray().Select(d =>
                $"{d.Location.Line}:{d.Location.Column} {Diagnostic.SeverityWord(d.Severity, Language.English)} {d.Code}: {d.Message.English}"));
        Assert.True(expected == string.Join('\n', actual), $"{name}:\n{string.Join('\n', actual)}");
    }

    /// <summary>A directive as the spec lists it: <c>1:1 ::: table t (closed on line 2)</c>.</summary>
    private static string? Describe(Block block) => block switch
    {
        DirectiveLeafBlock leaf => $"{At(leaf)} ::: {string.Join(' ', leaf.Words.Prepend(leaf.Directive.Keyword))} {Closed(leaf.ClosingLine)}",
        DirectiveContainerBlock container => $"{At(container)} ::: {container.Directive.Keyword} {Closed(container.IsClosed ? container.EndLine : null)}",
        _ => null,
    };

    private static string At(Block block) => $"{block.Line + 1}:{block.Column + 1}";

    private static string Closed(int? line) =>
        line is { } closing ? "(closed on line " + (closing + 1).ToString(CultureInfo.InvariantCulture) + ")" : "(not closed)";

    /// <summary>An invisible character written visibly in the spec: <c>&lt;U+200B&gt;</c>.</summary>
    [GeneratedRegex(@"<U\+([0-9A-F]{4})>")]
    private static partial Regex Visible();
}
