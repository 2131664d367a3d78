namespace Lagesbild.Site.Render;

/// <summary>What layouts see of the site.</summary>
public sealed record SiteView(string Title, string Description, string Language, string RootUrl, IReadOnlyList<string> Organisations);

/// <summary>What layouts see of the edition a page belongs to.</summary>
public sealed record EditionView(
    int Year,
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Organisations,
    string PublishedText,
    string PublishedIso,
    string Summary,
    string Url,
    bool IsDraft,
    IReadOnlyList<ChapterLinkView> Chapters)
{
    /// <summary>The slug of the chapter being read, so the edition switcher can keep the reader on it.</summary>
    public string? CurrentSlug { get; init; }

    /// <summary>The edition's search index file, whose name is fingerprinted (the search step decides it).</summary>
    public string? SearchIndexUrl { get; init; }
}

/// <summary>A chapter as an entry of the navigation, table of contents or previous/next links.</summary>
public sealed record ChapterLinkView(int Number, string Slug, string Title, string Url, bool IsCurrent);

/// <summary>A heading of the current chapter, for the in-page list of sections.</summary>
public sealed record SectionView(int Level, string Id, string Title);

/// <summary>A fingerprinted asset with its Subresource Integrity hash.</summary>
public sealed record AssetView(string Url, string Integrity);

/// <summary>One chapter of a page that shows several, such as the print view.</summary>
public sealed record PagePartView(string Id, string Title, HtmlString ContentHtml);

/// <summary>
/// The page being rendered: its kind picks the layout (<c>home</c>, <c>chapter</c>, <c>print</c>, <c>notfound</c>).
/// <see cref="CanonicalUrl"/> is absolute, or null when the site's public address is unknown (a relative canonical link is invalid).
/// </summary>
public sealed record PageView(
    string Kind,
    string Title,
    string Url,
    string? CanonicalUrl,
    string? Description,
    HtmlString ContentHtml,
    ChapterLinkView? Previous,
    ChapterLinkView? Next,
    IReadOnlyList<SectionView> Sections)
{
    public IReadOnlyList<PagePartView> Parts { get; init; } = [];

    /// <summary>Where a <c>senaste/</c> page sends the reader; null on every other page.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>True for pages search engines should not index: redirects and drafts.</summary>
    public bool NoIndex { get; init; }

    /// <summary>The editions listed on the editions page <c>utgavor/</c>, newest first.</summary>
    public IReadOnlyList<EditionListItemView> Editions { get; init; } = [];
}
