namespace Lagesbild.Site.Render;

/// <summary>
/// A chapter's content rendered twice from its one parsed document: for its own page (and the
/// home pages), and for the print view, where its ids carry the chapter's prefix and its headings
/// sit one level lower.
/// </summary>
public sealed record RenderedChapter(string Html, string PrintHtml);
