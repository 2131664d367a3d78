using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// The live content/ through the real pipeline. Editors change it every year (new editions,
/// corrected figures, reworded paragraphs, new chapters), so these tests assert only what must
/// hold for ANY valid content; the report's own text and figures are pinned in <see cref="FrozenReportTests"/>.
/// </summary>
public sealed class LiveContentTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly Lazy<Model.Site> Model = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return ContentLoader.Load(RepoPaths.Content, diagnostics)
            ?? throw new InvalidOperationException("content/ does not load:\n" + string.Join('\n', diagnostics.ToSortedArray()));
    });

    private static IEnumerable<Edition> Published => Model.Value.Editions.Where(e => e.Status == EditionStatus.Published);

    [Fact]
    public void Every_published_edition_has_its_home_search_and_print_view_and_the_site_root_is_the_latest()
    {
        var latest = Model.Value.LatestPublished;
        Assert.NotNull(latest);
        Assert.All(Published, edition =>
        {
            Assert.Equal(edition.Title, site.Result.Page($"{edition.Year}/index.html").QuerySelector("main h1")!.NormalizedText());
            Assert.Contains($"{edition.Year}/sok/index.html", site.Pages);
            Assert.Contains($"{edition.Year}/utskrift/index.html", site.Pages);
        });
        Assert.Equal(latest.Title, site.Result.Page("index.html").QuerySelector("main h1")!.NormalizedText());
        // Built without a site URL, so no canonical link: the switcher says which edition the root shows.
        Assert.Equal(latest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), site.Result.Page("index.html").QuerySelector("nav.edition-switcher")!.GetAttribute("data-year"));
    }

    [Fact]
    public void Every_public_chapter_of_every_published_edition_has_its_page_with_its_title()
    {
        var chapters = Published.SelectMany(e => e.Chapters.Where(c => !c.IsInternal).Select(c => (e.Year, Chapter: c))).ToList();
        Assert.NotEmpty(chapters);
        foreach (var (year, chapter) in chapters)
        {
            var page = site.Result.Page($"{year}/{chapter.Slug}/index.html");
            Assert.Equal(chapter.Title, page.QuerySelector("main h1")!.NormalizedText());
            Assert.Equal(Model.Value.Settings.Language, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal($"/{year}/{chapter.Slug}/", page.QuerySelector("nav.chapter-nav a[aria-current=page]")!.GetAttribute("href"));
            foreach (var heading in page.QuerySelectorAll(".prose h2, .prose h3"))
            {
                Assert.Equal("#" + heading.Id, heading.QuerySelector("a.heading-anchor")!.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var checkedLinks = SiteLinks.AssertAllResolve(site.Result);

        // Every page links at least to its stylesheet, favicon, home and skip target.
        Assert.True(checkedLinks > 4 * site.Pages.Count(), $"only {checkedLinks} links were checked on {site.Pages.Count()} pages");
    }

    [Fact]
    public void Pages_load_nothing_from_other_hosts_and_carry_a_skip_link()
    {
        foreach (var path in site.Pages)
        {
            var page = site.Result.Page(path);
            foreach (var src in page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!))
            {
                Assert.StartsWith("/", src);
            }

            var skip = page.QuerySelector("a.skip-link")!;
            Assert.NotNull(page.GetElementById(skip.GetAttribute("href")!.TrimStart('#')));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        }
    }

    [Fact]
    public void The_404_page_offers_the_search_of_the_latest_published_edition()
    {
        var form = site.Result.Page("404.html").QuerySelector("main form[role=search]")!;

        Assert.Equal($"/{Model.Value.LatestPublished!.Year}/sok/", form.GetAttribute("action"));
    }
}
