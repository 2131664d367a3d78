using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Diagnostics;

/// <summary>
/// One code, one severity: an editor who learns that LB214 is a warning can rely on it, and a
/// CI filter on codes never lets an error through as a warning.
/// </summary>
public sealed class SeverityTests
{
    private static readonly Regex Report = new(@"\.(?<severity>Error|Warning)\(\s*(?<code>DiagnosticCodes\.\w+\.\w+)", RegexOptions.Compiled);

    [Fact]
    public void A_warning_code_reported_as_an_error_is_refused()
    {
        var diagnostics = new DiagnosticBag();

        var refused = Assert.Throws<InvalidOperationException>(() =>
            diagnostics.Error(DiagnosticCodes.Chapter.ChartWithoutTable, SourceLocation.File("content/2024/01-a.md"), new("x", "x")));

        Assert.Contains("LB214", refused.Message, StringComparison.Ordinal);
        Assert.Empty(diagnostics.ToSortedArray());
    }

    [Fact]
    public void An_error_code_reported_as_a_warning_is_refused()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Throws<InvalidOperationException>(() =>
            diagnostics.Warning(DiagnosticCodes.Chapter.BadChart, SourceLocation.File("content/2024/01-a.md"), new("x", "x")));
    }

    [Fact]
    public void Every_report_in_the_source_uses_its_codes_severity()
    {
        var sourceRoot = Path.Combine(RepoPaths.Root, "src", "Lagesbild.Site");
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in Report.Matches(File.ReadAllText(path)))
            {
                var code = CodeOf(match.Groups["code"].Value);
                var expected = DiagnosticCodes.SeverityOf(code) == Severity.Warning ? "Warning" : "Error";
                if (match.Groups["severity"].Value != expected)
                {
                    wrong.Add($"{Path.GetFileName(path)}: {match.Groups["code"].Value} ({code}) reported as {match.Groups["severity"].Value}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_warning_code_is_a_declared_code_with_a_title()
    {
        Assert.NotEmpty(DiagnosticCodes.Warnings);
        Assert.All(DiagnosticCodes.Warnings, code => Assert.NotNull(DiagnosticTitles.For(code)));
    }

    /// <summary>The code string behind <c>DiagnosticCodes.Group.Name</c>.</summary>
    private static string CodeOf(string reference)
    {
        var parts = reference.Split('.');
        var group = typeof(DiagnosticCodes).GetNestedType(parts[1])!;
        return (string)group.GetField(parts[2])!.GetRawConstantValue()!;
    }
}
