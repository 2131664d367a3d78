namespace Lagesbild.Site.Pdf;

/// <summary>
/// What the finished PDF says about itself, all from the edition, never from the clock or the
/// machine: the title a viewer shows in its title bar, the document language, the dates (the
/// edition's published date, so a rebuild writes the same bytes) and where links to the site lead.
/// </summary>
/// <param name="Title">The edition's title, shown in the viewer's title bar (DisplayDocTitle).</param>
/// <param name="Language">The site's language tag, such as <c>sv</c>.</param>
/// <param name="Published">The edition's published date, used for every date in the file.</param>
/// <param name="SiteOrigin">The public scheme and host (<c>--site-url</c>); without one, links to the site stay root-relative.</param>
public sealed record PdfDocumentInfo(string Title, string Language, DateOnly Published, string? SiteOrigin);

/// <summary>
/// What the print view says in words that Chromium's PDF lacks or mangles: its headings as written
/// (bookmark titles) and, per anchor id, the text a link to it leads to (a link's description).
/// </summary>
public sealed record PdfPageText(IReadOnlyList<string> Headings, IReadOnlyDictionary<string, string> Anchors);
