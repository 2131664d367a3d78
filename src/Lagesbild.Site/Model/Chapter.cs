using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Markdig.Syntax;

namespace Lagesbild.Site.Model;

/// <summary>
/// One chapter: a Markdown file <c>NN-slug.md</c>. The parsed Markdig document is kept so the
/// Markdown is parsed exactly once; nothing mutates it after loading.
/// </summary>
public sealed record Chapter(
    int Order,
    string Slug,
    string Title,
    string? Description,
    SourceLocation Location,
    MarkdownDocument Document,
    ImmutableArray<Heading> Headings,
    bool IsInternal = false)
{
    /// <summary>
    /// When the chapter was changed after publication (front matter <c>updated:</c>), shown as
    /// "Senast uppdaterad"; from the editor, never the build clock, so a rebuild changes nothing.
    /// </summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Where <c>updated:</c> is written, for reporting a date before the edition's publication.</summary>
    public SourceLocation? UpdatedLocation { get; init; }
}
