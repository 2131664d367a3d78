using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>The 404 page is Swedish and offers the latest edition's search, which works without JavaScript.</summary>
public sealed class NotFoundPageTests(FrozenSite site) : IClassFixture<FrozenSite>
{
    [Fact]
    public void The_404_page_offers_the_search_of_the_latest_edition()
    {
        var page = site.Result.Page("404.html");

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sidan finns inte", page.QuerySelector("main h1")?.NormalizedText());
        var form = page.QuerySelector("main form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.EndsWith("/2024/sok/", form.GetAttribute("action"));
        Assert.Contains(site.Result.Files, f => f.RelativePath == "2024/sok/index.html");
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.Equal("search", input.GetAttribute("type"));
        var label = page.QuerySelector($"label[for='{input.Id}']");
        Assert.StartsWith("Sök i", label?.NormalizedText());
    }
}
