using System.Globalization;

namespace Lagesbild.Site.Markdown.Rendering;

/// <summary>
/// Where a chapter's HTML is placed: on its own page (ids as they are, headings as written) or in
/// the one-page print view, where chapters reuse section ids such as <c>stockholmsenkaten-2024</c>
/// and so each chapter's ids get its own <see cref="Prefix"/>, and its headings move
/// <see cref="HeadingShift"/> levels down under the chapter's own heading. Every renderer that
/// writes an id, an id reference or a heading asks the scope, so the print view is rendered from
/// the Markdown rather than rewritten from finished HTML.
/// </summary>
public sealed record IdScope(string Prefix, int HeadingShift)
{
    /// <summary>A chapter on its own page.</summary>
    public static IdScope Page { get; } = new("", 0);

    /// <summary>A chapter inside the print view of its edition.</summary>
    public static IdScope Print(string chapterSlug) => new(chapterSlug + "--", 1);

    /// <summary>The id as written on the page: <paramref name="id"/> with the scope's prefix.</summary>
    public string Id(string id) => Prefix + id;

    /// <summary>The heading tag for a Markdown heading of <paramref name="level"/>; HTML has no h7.</summary>
    public string HeadingTag(int level) => "h" + Math.Min(level + HeadingShift, 6).ToString(CultureInfo.InvariantCulture);
}
