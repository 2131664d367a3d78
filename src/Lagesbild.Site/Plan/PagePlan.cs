namespace Lagesbild.Site.Plan;

/// <summary>
/// One page the build writes, decided before anything renders: what it is, where it goes, and
/// whether readers and search engines are pointed at it.
/// </summary>
/// <param name="OutputPath">The file relative to the site, e.g. <c>2024/inledning/index.html</c>.</param>
/// <param name="Url">The page's URL under the base path, e.g. <c>/2024/inledning/</c>.</param>
public sealed record PagePlan(PageKind Kind, string OutputPath, string Url, string Title)
{
    public string? Description { get; init; }

    /// <summary>The URL the page names as canonical (the site root names the latest edition's home).</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>True for the pages the sitemap lists: canonical, public, not a draft.</summary>
    public bool IsListed { get; init; }

    /// <summary>True for a page of a draft edition, a preview built only with <c>--drafts</c>.</summary>
    public bool IsDraft { get; init; }

    /// <summary>The edition whose navigation the page shows, if any.</summary>
    public EditionPlan? Edition { get; init; }

    /// <summary>A chapter page's chapter, or the chapter a <c>senaste/</c> redirect leads to.</summary>
    public ChapterPlan? Chapter { get; init; }

    /// <summary>Where a <see cref="PageKind.Redirect"/> sends the reader.</summary>
    public string? RedirectUrl { get; init; }
}
