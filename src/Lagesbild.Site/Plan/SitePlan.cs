using System.Collections.Immutable;

namespace Lagesbild.Site.Plan;

/// <summary>
/// The whole site, decided before anything renders: every page with its kind, path and URL, every
/// edition being built with its chapters, anchors and resolved directives. Render, search, the
/// sitemap, <c>editions.json</c> and serve read it and work nothing out again.
/// </summary>
/// <param name="Editions">The editions being built, newest first; drafts only in a <c>--drafts</c> build.</param>
/// <param name="Latest">The latest published edition, which the site root and <c>senaste/</c> show; null when none is built.</param>
/// <param name="Pages">Every page, in the order it is rendered.</param>
public sealed record SitePlan(Model.Site Site, UrlBuilder Urls, ImmutableArray<EditionPlan> Editions, EditionPlan? Latest, ImmutableArray<PagePlan> Pages)
{
    /// <summary>
    /// Per year, the edition's PDF (made by the <c>pdf</c> command from a build without it);
    /// empty for a plain <c>build</c>, whose pages then offer no PDF.
    /// </summary>
    public ImmutableDictionary<int, EditionPdf> Pdfs { get; init; } = ImmutableDictionary<int, EditionPdf>.Empty;

    /// <summary>The published editions being built, newest first: those readers may switch between.</summary>
    public IEnumerable<EditionPlan> Published => Editions.Where(e => !e.IsDraft);

    /// <summary>The pages the sitemap lists, in path order.</summary>
    public IEnumerable<PagePlan> Listed => Pages.Where(p => p.IsListed).OrderBy(p => p.OutputPath, StringComparer.Ordinal);

}
