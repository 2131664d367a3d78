using Lagesbild.Site.Markdown.Directives;

namespace Lagesbild.Site.Tests.Markdown.Directives;

/// <summary>The strict grammar of a <c>:::</c> line: only the exact forms are directives.</summary>
public sealed class DirectiveLineTests
{
    [Theory]
    [InlineData("::: internal", "internal", "")]
    [InlineData("::: figure  ", "figure", "")]
    [InlineData("::: table anmalda-brott", "table", "anmalda-brott")]
    [InlineData("::: chart t2 andel antal", "chart", "t2")]
    [InlineData(":::", null, "")]
    [InlineData("::: \t", null, "")]
    public void Reads_the_exact_forms(string line, string? keyword, string id)
    {
        var directive = DirectiveLine.Parse(line);

        Assert.Equal(keyword, directive.Directive?.Keyword);
        Assert.Equal(keyword is null, directive.IsClose);
        Assert.Equal(id, directive.Id);
        Assert.Null(directive.Problem);
    }

    [Theory]
    [InlineData(":::internal", "no space after")]
    [InlineData(":::: internal", "more than three colons")]
    [InlineData("::: Internal", "lowercase")]
    [InlineData("::: INTERNAL", "lowercase")]
    [InlineData(":::\u00A0internal", "no-break space")]
    [InlineData("::: internal\u00A0", "no-break space")]
    [InlineData("::: internal\u200B", "invisible character")]
    [InlineData("::: intern", "block names are English")]
    [InlineData("::: tabell x", "block names are English")]
    [InlineData(":::table x", "no space after")]
    [InlineData("::: Table x", "lowercase")]
    [InlineData("::: table", "has no table id")]
    [InlineData("::: table Anmalda_Brott", "is not a table id")]
    [InlineData("::: table x y", "takes one id")]
    [InlineData("::: internal hemligt", "takes nothing after it")]
    [InlineData("::: notis", "is not a known block")]
    [InlineData(":::-)", "no space after")]
    public void Every_other_spelling_is_a_mistake_with_its_reason(string line, string reason)
    {
        var directive = DirectiveLine.Parse(line);

        Assert.Null(directive.Directive);
        Assert.False(directive.IsClose);
        Assert.Contains(reason, directive.Problem!.Message.English, StringComparison.Ordinal);
        Assert.NotNull(directive.Problem.Message.Swedish);
        Assert.NotNull(directive.Problem.Hint.Swedish);
    }

    [Theory]
    [InlineData(":: internal")]
    [InlineData(": Tabell x")]
    [InlineData("::figure")]
    public void One_or_two_colons_before_a_directive_name_are_a_mistake(string line) =>
        Assert.NotNull(DirectiveLine.ShortColons(line)?.Problem);

    [Theory]
    [InlineData(": en definition")]
    [InlineData(":-)")]
    public void Other_lines_starting_with_a_colon_are_text(string line) => Assert.Null(DirectiveLine.ShortColons(line));
}
