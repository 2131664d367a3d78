using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>
/// The site-level pages: the root, the editions page <c>utgavor/</c>, the <c>senaste/</c>
/// redirects and the 404 page. They live outside the year folders on purpose: they are what
/// changes when an edition is published, so nothing under <c>site/&lt;year&gt;/</c> has to.
/// </summary>
/// <remarks>
/// The frozen archive: publishing or adding an edition, with the layouts unchanged, changes no
/// byte under <c>site/&lt;older-year&gt;/</c>. That holds because nothing an edition's files
/// contain depends on which other editions exist:
/// <list type="bullet">
/// <item>The switcher's list and the "newer edition" notice are not in the pages: editions.js
/// reads them from <c>editions.json</c> at a fixed site-level address. Without JavaScript the
/// switcher is a link to <c>utgavor/</c>, also at a fixed address.</item>
/// <item>Charts read only their own edition and earlier published ones, never later ones.</item>
/// <item>Downloads (<c>&lt;year&gt;/data/</c>) and the print view come from their own edition.</item>
/// <item>Asset URLs (<c>assets/site.&lt;hash&gt;.css</c>) and their integrity hashes come from the
/// bytes of <c>layouts/assets/</c> alone, so they stay the same as long as the layouts do; no
/// per-edition asset copies are needed. Changing the layouts is a redesign of the whole site and
/// deliberately re-renders every edition, old ones included, in the same build, so no page is
/// ever left pointing at an asset the build no longer writes.</item>
/// </list>
/// What does change on publication is site-level: <c>index.html</c>, <c>404.html</c>,
/// <c>editions.json</c>, <c>utgavor/</c>, <c>senaste/</c> and <c>sitemap.xml</c>.
/// </remarks>
public static class SitePages
{
    /// <summary>The root repeats the latest edition's home and names it as canonical, so it is not listed itself.</summary>
    public static PagePlan Root(EditionPlan latest, UrlBuilder urls) =>
        new(PageKind.SiteRoot, SitePaths.PageFile, urls.Root(), latest.Edition.Title)
        {
            Description = latest.Edition.Summary,
            CanonicalUrl = latest.Url,
            Edition = latest,
            Chapter = latest.Edition.HomeChapterSlug is { } home ? latest.FindChapter(home) : null,
        };

    public static PagePlan Editions(Model.Site site, UrlBuilder urls)
    {
        var url = urls.File(SitePaths.EditionsFolder + "/");
        return new PagePlan(PageKind.Editions, SitePaths.PageIn(SitePaths.EditionsFolder + "/"), url, "Alla utgåvor")
        {
            Description = $"Alla utgåvor av {site.Settings.Title}",
            CanonicalUrl = url,
            IsListed = true,
        };
    }

    /// <summary>
    /// <c>senaste/</c> leads to the latest edition's home and <c>senaste/&lt;slug&gt;/</c> to its
    /// chapter. Every slug any published edition ever had gets a page, so a link saved while a
    /// chapter existed still leads somewhere (the latest home) after the chapter is dropped.
    /// Redirects are never listed: they name their target as canonical.
    /// </summary>
    public static IEnumerable<PagePlan> LatestRedirects(EditionPlan latest, IEnumerable<EditionPlan> published, UrlBuilder urls)
    {
        yield return Redirect(SitePaths.LatestFolder + "/", latest.Edition.Title, latest.Url, latest, null, urls);
        var slugs = published.SelectMany(e => e.Chapters).Select(c => c.Slug).Distinct().Order(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            var chapter = latest.FindChapter(slug);
            yield return chapter is null
                ? Redirect($"{SitePaths.LatestFolder}/{slug}/", latest.Edition.Title, latest.Url, latest, null, urls)
                : Redirect($"{SitePaths.LatestFolder}/{slug}/", chapter.Title, chapter.Url, latest, chapter, urls);
        }
    }

    /// <summary>The accessibility statement, at a fixed site-level address every footer links to.</summary>
    public static PagePlan Accessibility(Model.Site site, UrlBuilder urls)
    {
        var url = urls.File(SitePaths.AccessibilityFolder + "/");
        return new PagePlan(PageKind.Accessibility, SitePaths.PageIn(SitePaths.AccessibilityFolder + "/"), url, "Tillgänglighetsredogörelse")
        {
            Description = $"Hur tillgänglig {site.Settings.Title} är, kända brister och hur du rapporterar problem.",
            CanonicalUrl = url,
            IsListed = true,
        };
    }

    /// <summary>The 404 page shows the latest edition's navigation, when one is built.</summary>
    public static PagePlan NotFound(EditionPlan? latest, UrlBuilder urls) =>
        new(PageKind.NotFound, SitePaths.NotFound, urls.File(SitePaths.NotFound), "Sidan finns inte")
        {
            CanonicalUrl = urls.Root(),
            Edition = latest,
        };

    private static PagePlan Redirect(string folder, string title, string target, EditionPlan latest, ChapterPlan? chapter, UrlBuilder urls) =>
        new(PageKind.Redirect, SitePaths.PageIn(folder), urls.File(folder), title)
        {
            CanonicalUrl = target,
            RedirectUrl = target,
            Edition = latest,
            Chapter = chapter,
        };
}
