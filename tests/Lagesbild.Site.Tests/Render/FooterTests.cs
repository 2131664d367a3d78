using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Editions;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// Every page, the print view, the 404 page and the redirects included, says who is responsible
/// for the content, how to reach them, and links to the accessibility statement.
/// </summary>
public sealed class FooterTests
{
    public static TheoryData<string> Builds => new() { "live content", "frozen report", "three editions with drafts", "project site" };

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_page_links_to_the_statement_and_names_the_owner_and_contact(string build)
    {
        var (result, root) = build switch
        {
            "live content" => (SharedBuilds.Real, "/"),
            "frozen report" => (SharedBuilds.Frozen, "/"),
            "project site" => (SharedBuilds.FrozenProjectSite, ProjectSite.BasePath),
            _ => (EditionSite.WithDrafts, "/"),
        };
        var pages = result.Pages().ToList();
        Assert.Contains("404.html", pages);
        Assert.Contains(pages, p => p.EndsWith("/utskrift/index.html", StringComparison.Ordinal));

        foreach (var path in pages)
        {
            var footer = result.Page(path).QuerySelector("footer.site-footer");
            Assert.True(footer is not null, $"{path} has no footer");
            var link = footer.QuerySelectorAll("a").SingleOrDefault(a => a.NormalizedText() == "Tillgänglighet");
            Assert.True(link is not null, $"{path}: no link Tillgänglighet in the footer");
            Assert.Equal(root + "tillganglighet/", link.GetAttribute("href"));
            var responsible = footer.QuerySelector(".site-responsible")!;
            Assert.Matches("^Ansvarig för innehållet: .+\\. Kontakt: .+\\.$", responsible.NormalizedText());
            Assert.Matches("^(mailto:[^@]+@.+|https://.+)$", responsible.QuerySelector("a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_footer_shows_site_yml_s_owner_and_contact()
    {
        var footer = EditionSite.Published.Page("2023/inledning/index.html").QuerySelector("footer .site-responsible")!;

        Assert.Equal("Ansvarig för innehållet: Hägersten-Älvsjö stadsdelsförvaltning. Kontakt: https://start.stockholm/kontakt.", footer.NormalizedText());
        Assert.Equal("https://start.stockholm/kontakt", footer.QuerySelector("a")!.GetAttribute("href"));
        var mail = SharedBuilds.Frozen.Page("2024/index.html").QuerySelector("footer .site-responsible a")!;
        Assert.Equal(("mailto:hagersten-alvsjo@stockholm.se", "hagersten-alvsjo@stockholm.se"), (mail.GetAttribute("href"), mail.NormalizedText()));
    }
}
