using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>Annotations must survive the runner's parser: it splits on <c>::</c>, <c>,</c> and line ends.</summary>
public sealed class GitHubAnnotationTests
{
    [Fact]
    public void Warnings_become_warning_commands()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "LB210", new SourceLocation("content/2024/01-a.md", 3, 7), new("rå HTML", "raw HTML"));

        Assert.Equal("::warning file=content/2024/01-a.md,line=3,col=7,title=HTML visas som text (LB210)::rå HTML", GitHubAnnotation.Format(diagnostic));
        Assert.Equal("::warning file=content/2024/01-a.md,line=3,col=7,title=Raw HTML shown as text (LB210)::raw HTML", GitHubAnnotation.Format(diagnostic, Language.English));
    }

    [Fact]
    public void Percent_and_line_breaks_are_escaped_in_the_message()
    {
        var diagnostic = new Diagnostic(Severity.Error, "LB103", new SourceLocation("a.yml", 1, 1), new("100% fel:\r\nrad två, tre", "100% wrong"), new("fix: det", "fix: it"));

        Assert.Equal("::error file=a.yml,line=1,col=1,title=Fel slags värde (LB103)::100%25 fel:%0D%0Arad två, tre (fix: det)", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Colons_and_commas_are_escaped_in_properties()
    {
        var diagnostic = new Diagnostic(Severity.Error, "LB1", new SourceLocation("C:/x,y%.md", 2, 4), new("m", "m"));

        Assert.Equal("::error file=C%3A/x%2Cy%25.md,line=2,col=4,title=LB1::m", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Every_code_has_a_readable_title_in_both_languages()
    {
        var codes = typeof(DiagnosticCodes).GetNestedTypes()
            .SelectMany(group => group.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(codes, code =>
        {
            var title = DiagnosticTitles.For(code);
            Assert.True(title is not null, $"{code} has no title in DiagnosticTitles");
            Assert.False(string.IsNullOrWhiteSpace(title.Swedish) || string.IsNullOrWhiteSpace(title.English), code);
        });
    }

    [Fact]
    public void The_severity_word_is_swedish_for_editors_and_the_command_stays_githubs()
    {
        var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.Chapter.MissingAltText, new SourceLocation("a.md", 1, 2), new("Bilden saknar alternativtext.", "no alt text"));

        Assert.Equal("a.md:1:2: fel: Bilden saknar alternativtext. [LB212]", diagnostic.Format(Language.Swedish));
        Assert.Equal("a.md:1:2: error: no alt text [LB212]", diagnostic.Format(Language.English));
        Assert.StartsWith("::error file=a.md,line=1,col=2,title=Bild utan alternativtext (LB212)::", GitHubAnnotation.Format(diagnostic), StringComparison.Ordinal);
    }
}
