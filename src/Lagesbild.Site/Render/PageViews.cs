namespace Lagesbild.Site.Render;

/// <summary>What layouts see of the site.</summary>
public sealed record SiteView(string Title, string Description, string Language, string RootUrl, IReadOnlyList<string> Organisations)
{
    /// <summary>Who is responsible for the content, for every page's footer.</summary>
    public string Owner { get; init; } = "";

    /// <summary>The owner's contact as shown (an e-mail address or web address) and as a link.</summary>
    public string ContactText { get; init; } = "";

    public string ContactHref { get; init; } = "";

    /// <summary>The accessibility statement's page, linked from every page's footer.</summary>
    public string AccessibilityUrl { get; init; } = "";
}

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

    /// <summary>The whole edition as a PDF; null when this build made none (a plain <c>build</c>, or Chromium missing).</summary>
    public PdfLinkView? Pdf { get; init; }

    /// <summary>How to cite the edition ("Så citerar du rapporten" and the <c>citation_*</c> meta tags).</summary>
    public CitationView? Citation { get; init; }
}

/// <summary>A link to an edition's PDF, with its size in Swedish ("1,2 MB") for the link text.</summary>
public sealed record PdfLinkView(string Url, string Size);

/// <summary>An edition's citation as layouts show it.</summary>
/// <param name="AuthorsText">The organisations as Swedish prose: "A, B och C".</param>
/// <param name="Year">The year of publication.</param>
/// <param name="HighwireDate">The publication date as Highwire's <c>citation_publication_date</c> wants it: <c>2024/12/01</c>.</param>
/// <param name="Url">The permanent year URL; absolute only when <paramref name="IsAbsolute"/>.</param>
/// <param name="FileUrl">The CSL-JSON file.</param>
public sealed record CitationView(
    IReadOnlyList<string> Authors,
    string AuthorsText,
    string Title,
    string Year,
    string HighwireDate,
    string Url,
    bool IsAbsolute,
    string FileUrl);

/// <summary>A chapter as an entry of the navigation, table of contents or previous/next links.</summary>
public sealed record ChapterLinkView(int Number, string Slug, string Title, string Url, bool IsCurrent);

/// <summary>A heading of the current chapter, for the in-page list of sections.</summary>
public sealed record SectionView(int Level, string Id, string Title);

/// <summary>One chapter of a page that shows several, such as the print view.</summary>
public sealed record PagePartView(string Id, string Title, HtmlString ContentHtml)
{
    /// <summary>When the chapter was changed after publication, as text and as ISO date; null when it was not.</summary>
    public string? UpdatedText { get; init; }

    public string? UpdatedIso { get; init; }
}

/// <summary>
/// The page being rendered, built from its <see cref="Plan.PagePlan"/>: <see cref="Kind"/> is the
/// layout's name (<c>home</c>, <c>chapter</c>, <c>print</c>, …; <see cref="Plan.PageKinds.Layout"/> decides it).
/// Each kind sets the members its layout reads; the rest keep their empty defaults.
/// <see cref="CanonicalUrl"/> is absolute, or null when the site's public address is unknown (a relative canonical link is invalid).
/// </summary>
public sealed record PageView
{
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Description { get; init; }

    public HtmlString ContentHtml { get; init; } = HtmlString.Empty;

    /// <summary>On a chapter page, the chapters before and after it.</summary>
    public ChapterLinkView? Previous { get; init; }

    public ChapterLinkView? Next { get; init; }

    /// <summary>On a chapter page, its headings down to level 3, for the in-page list of sections.</summary>
    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    /// <summary>On a chapter page, GitHub's editor for its source file; null when site.yml names no repository.</summary>
    public string? EditUrl { get; init; }

    /// <summary>On the print view, the edition's chapters.</summary>
    public IReadOnlyList<PagePartView> Parts { get; init; } = [];

    /// <summary>Where a <c>senaste/</c> page sends the reader; null on every other page.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>True for pages search engines should not index: redirects and drafts.</summary>
    public bool NoIndex { get; init; }

    /// <summary>On a chapter page, when the chapter was changed after publication; null when it was not.</summary>
    public string? UpdatedText { get; init; }

    public string? UpdatedIso { get; init; }

    /// <summary>On the accessibility page, the statement.</summary>
    public StatementView? Statement { get; init; }

    /// <summary>The editions listed on the editions page <c>utgavor/</c>, newest first.</summary>
    public IReadOnlyList<EditionListItemView> Editions { get; init; } = [];
}
