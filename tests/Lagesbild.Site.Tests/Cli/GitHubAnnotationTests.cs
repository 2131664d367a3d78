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

        Assert.Equal("::warning file=content/2024/01-a.md,line=3,col=7,title=LB210::rå HTML", GitHubAnnotation.Format(diagnostic));
        Assert.Equal("::warning file=content/2024/01-a.md,line=3,col=7,title=LB210::raw HTML", GitHubAnnotation.Format(diagnostic, Language.English));
    }

    [Fact]
    public void Percent_and_line_breaks_are_escaped_in_the_message()
    {
        var diagnostic = new Diagnostic(Severity.Error, "LB103", new SourceLocation("a.yml", 1, 1), new("100% fel:\r\nrad två, tre", "100% wrong"), new("fix: det", "fix: it"));

        Assert.Equal("::error file=a.yml,line=1,col=1,title=LB103::100%25 fel:%0D%0Arad två, tre (fix: det)", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Colons_and_commas_are_escaped_in_properties()
    {
        var diagnostic = new Diagnostic(Severity.Error, "LB1", new SourceLocation("C:/x,y%.md", 2, 4), new("m", "m"));

        Assert.Equal("::error file=C%3A/x%2Cy%25.md,line=2,col=4,title=LB1::m", GitHubAnnotation.Format(diagnostic));
    }
}
