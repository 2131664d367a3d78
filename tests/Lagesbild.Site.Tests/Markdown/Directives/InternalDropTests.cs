using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Markdown.Directives;

/// <summary>
/// <c>::: internal</c> is marked when parsed and dropped right after, in a public build: before
/// headings take their ids, yet after the checks have seen it.
/// </summary>
public sealed class InternalDropTests
{
    private const string Chapter = "\n-- content/2024/01-kapitel.md --\n---\ntitle: Kapitel\n---\n\n";

    [Fact]
    public void A_public_heading_keeps_its_id_when_an_internal_heading_above_it_has_the_same_name()
    {
        using var site = TestSite.FromText(MinimalSite.Files + Chapter + "::: internal\n## Läget\n\nUtkast.\n:::\n\n## Läget\n\nPublicerat.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var heading = Assert.Single(result.Page("2024/kapitel/index.html").QuerySelectorAll(".prose h2"));
        Assert.Equal("laget", heading.Id);
    }

    [Fact]
    public void A_mistake_inside_internal_text_is_reported_by_the_public_build_as_by_the_internal_one()
    {
        using var site = TestSite.FromText(MinimalSite.Files + Chapter + "Text.\n\n::: internal\n::: Figure\nUtkast.\n:::\n");

        var mistakes = new[] { false, true }.Select(internalBuild => site.Build(includeInternal: internalBuild).Diagnostics
            .Where(d => d.Code == DiagnosticCodes.Chapter.InvalidDirective)
            .Select(d => $"{d.Location.Line}:{d.Location.Column}")
            .ToList()).ToList();

        Assert.Equal(["8:5"], mistakes[0]);
        Assert.Equal(mistakes[0], mistakes[1]);
    }
}
