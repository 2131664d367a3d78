using System.Collections.Immutable;
using Lagesbild.Site.Model;
using Markdig.Syntax;

namespace Lagesbild.Site.Plan;

/// <summary>
/// A chapter as every stage sees it: where it is published, its headings (with their ids), the
/// ids a link may point at and its resolved directives.
/// </summary>
/// <param name="Url">The chapter page's URL under the base path.</param>
/// <param name="Anchors">Section ids, then table and chart ids, in document order, without repeats (for <c>editions.json</c>).</param>
public sealed record ChapterPlan(Chapter Chapter, string Url, ImmutableArray<string> Anchors, ImmutableArray<PlannedDirective> Directives)
{
    private readonly ImmutableDictionary<int, string> _headingIds =
        Chapter.Headings.GroupBy(h => h.Location.Line).ToImmutableDictionary(g => g.Key, g => g.First().Id);

    public string Slug => Chapter.Slug;

    public string Title => Chapter.Title;

    /// <summary>The chapter's headings with their ids, as the model read them.</summary>
    public ImmutableArray<Heading> Headings => Chapter.Headings;

    /// <summary>True for a chapter only staff may read, published only in an <c>--internal</c> build.</summary>
    public bool IsInternal => Chapter.IsInternal;

    /// <summary>The id of a heading of this chapter's document, as the page writes it.</summary>
    public string HeadingId(HeadingBlock heading) => _headingIds.GetValueOrDefault(heading.Line + 1, "");

    /// <summary>The directive for a block of this chapter's document.</summary>
    public PlannedDirective? Directive(Markdown.Directives.Table.DataTableBlock block) => Directives.FirstOrDefault(d => ReferenceEquals(d.Block, block));
}
