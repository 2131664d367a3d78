using System.Collections.Immutable;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>An edition being built: its chapters, and the files it publishes besides its pages.</summary>
/// <param name="Url">The edition home's URL.</param>
/// <param name="Downloads">The tables a chapter places, published as CSV and JSON under <c>&lt;year&gt;/data/</c>.</param>
/// <param name="Images">The picture files, each once however many chapters show it.</param>
public sealed record EditionPlan(Edition Edition, string Url, ImmutableArray<ChapterPlan> Chapters, ImmutableArray<DataTable> Downloads, ImmutableArray<EditionImage> Images)
{
    public int Year => Edition.Year;

    /// <summary>How to cite the edition, shown on its home and print view and published as CSL-JSON.</summary>
    public required Citation Citation { get; init; }

    /// <summary>A draft is a preview: built only with <c>--drafts</c>, never listed (sitemap, <c>editions.json</c>).</summary>
    public bool IsDraft => Edition.Status == EditionStatus.Draft;

    public ChapterPlan? FindChapter(string slug) => Chapters.FirstOrDefault(c => c.Slug == slug);
}
