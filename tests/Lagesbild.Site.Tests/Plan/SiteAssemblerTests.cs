using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>The assemble stage alone: which pages a model gives, where they go, and which are listed.</summary>
public sealed class SiteAssemblerTests
{
    [Fact]
    public void A_public_build_plans_only_the_published_edition_and_the_site_pages()
    {
        var plan = PlannedSite.Assemble(includeDrafts: false);

        Assert.Equal(
            [
                "2023/index.html", "2023/inledning/index.html", "2023/skolor/index.html", "2023/utskrift/index.html", "2023/sok/index.html",
                "index.html", "utgavor/index.html", "senaste/index.html", "senaste/inledning/index.html", "senaste/skolor/index.html", "404.html",
            ],
            plan.Pages.Select(p => p.OutputPath));
        Assert.Equal(2023, plan.Latest?.Year);
    }

    [Fact]
    public void A_draft_is_a_preview_never_listed_and_the_redirects_ignore_it()
    {
        var plan = PlannedSite.Assemble(includeDrafts: true);

        var draftPages = plan.Pages.Where(p => p.OutputPath.StartsWith("2024/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4 + 1, draftPages.Count);
        Assert.All(draftPages, p => Assert.True(p.IsDraft && !p.IsListed, p.OutputPath));
        // senaste/ leads to the latest published edition, so the draft's new slug gets no redirect.
        Assert.DoesNotContain(plan.Pages, p => p.OutputPath == "senaste/trygghet/index.html");
        Assert.Equal("/2023/skolor/", plan.Pages.Single(p => p.OutputPath == "senaste/skolor/index.html").RedirectUrl);
    }

    [Fact]
    public void Every_page_kind_has_its_layout_and_the_site_root_uses_the_home_layout()
    {
        var plan = PlannedSite.Assemble(includeDrafts: false);

        Assert.Equal(
            ["home", "chapter", "print", "search", "editions", "redirect", "notfound"],
            plan.Pages.Select(p => p.Kind.Layout()).Distinct());
        Assert.Equal(PageKind.SiteRoot, plan.Pages.Single(p => p.OutputPath == "index.html").Kind);
    }
}
