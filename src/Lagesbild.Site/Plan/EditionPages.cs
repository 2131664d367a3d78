using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>The pages of one edition: its home, its chapters, the print view and the search page.</summary>
public static class EditionPages
{
    /// <summary>
    /// A draft's pages are previews, never listed (not even in a <c>--drafts</c> build); a
    /// published edition's pages are all canonical and listed.
    /// </summary>
    public static IEnumerable<PagePlan> For(EditionPlan edition, UrlBuilder urls)
    {
        var year = edition.Year;
        var listed = !edition.IsDraft;
        yield return new PagePlan(PageKind.Home, SitePaths.PageIn(SitePaths.Edition(year)), edition.Url, edition.Edition.Title)
        {
            Description = edition.Edition.Summary,
            CanonicalUrl = edition.Url,
            IsListed = listed,
            IsDraft = edition.IsDraft,
            Edition = edition,
            Chapter = edition.Edition.HomeChapterSlug is { } home ? edition.FindChapter(home) : null,
        };
        foreach (var chapter in edition.Chapters)
        {
            yield return new PagePlan(PageKind.Chapter, SitePaths.PageIn(SitePaths.Chapter(year, chapter.Slug)), chapter.Url, chapter.Title)
            {
                Description = ChapterDescription.Of(chapter.Chapter),
                CanonicalUrl = chapter.Url,
                IsListed = listed,
                IsDraft = edition.IsDraft,
                Edition = edition,
                Chapter = chapter,
            };
        }

        var print = urls.File(SitePaths.EditionFolder(year, SitePaths.PrintFolder));
        yield return new PagePlan(PageKind.Print, SitePaths.PageIn(SitePaths.EditionFolder(year, SitePaths.PrintFolder)), print, $"{edition.Edition.Title} – hela rapporten")
        {
            Description = edition.Edition.Summary,
            CanonicalUrl = print,
            IsListed = listed,
            IsDraft = edition.IsDraft,
            Edition = edition,
        };
        var search = urls.File(SitePaths.EditionFolder(year, SitePaths.SearchFolder));
        yield return new PagePlan(PageKind.Search, SitePaths.PageIn(SitePaths.EditionFolder(year, SitePaths.SearchFolder)), search, "Sök")
        {
            Description = $"Sök i {edition.Edition.Title}",
            CanonicalUrl = search,
            IsListed = listed,
            IsDraft = edition.IsDraft,
            Edition = edition,
        };
    }
}
