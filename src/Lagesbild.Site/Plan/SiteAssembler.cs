using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Charts;
using Markdig.Syntax;

namespace Lagesbild.Site.Plan;

/// <summary>
/// The assemble stage: turns the validated model into the <see cref="SitePlan"/>. Every page is
/// decided here (kind, path, URL, listed or a preview), every directive resolved once (a chart's
/// data too) and every anchor named once, so later stages only read.
/// </summary>
public static class SiteAssembler
{
    /// <summary>
    /// Charts are resolved for every edition, built or not, so <c>check</c> reports a chart that
    /// cannot be drawn in a draft too; the plan keeps the editions being built.
    /// </summary>
    /// <param name="includeDrafts">Whether draft editions are built (<c>--drafts</c>).</param>
    public static SitePlan Assemble(Model.Site site, bool includeDrafts, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var editions = site.Editions
            .Select(e => Edition(site, e, urls, diagnostics))
            .Where(e => includeDrafts || !e.IsDraft)
            .ToImmutableArray();
        var latest = site.LatestPublished is { } newest ? editions.FirstOrDefault(e => e.Edition == newest) : null;
        var pages = ImmutableArray.CreateBuilder<PagePlan>();
        foreach (var edition in editions)
        {
            pages.AddRange(EditionPages.For(edition, urls));
        }

        if (latest is not null)
        {
            pages.Add(SitePages.Root(latest, urls));
        }

        pages.Add(SitePages.Editions(site, urls));
        if (site.Statement is not null)
        {
            pages.Add(SitePages.Accessibility(site, urls));
        }

        if (latest is not null)
        {
            pages.AddRange(SitePages.LatestRedirects(latest, editions.Where(e => !e.IsDraft), urls));
        }

        pages.Add(SitePages.NotFound(latest, urls));
        return new SitePlan(site, urls, editions, latest, pages.ToImmutable());
    }

    private static EditionPlan Edition(Model.Site site, Edition edition, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var chapters = edition.Chapters.Select(c => Chapter(site, edition, c, urls, diagnostics)).ToImmutableArray();
        var images = edition.Images.Values.DistinctBy(i => i.OutputPath, StringComparer.Ordinal).ToImmutableArray();
        return new EditionPlan(edition, urls.Edition(edition.Year), chapters, [.. TablePlacement.PlacedTables(edition)], images)
        {
            Citation = Citation.For(site, edition, urls),
        };
    }

    private static ChapterPlan Chapter(Model.Site site, Edition edition, Chapter chapter, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var directives = chapter.Document.Descendants<DataTableBlock>()
            .Select(block => Directive(site, edition, chapter, block, diagnostics))
            .ToImmutableArray();
        var anchors = chapter.Headings.Select(h => h.Id)
            .Concat(directives.Select(d => d.Anchor))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        return new ChapterPlan(chapter, urls.Chapter(edition.Year, chapter.Slug), anchors, directives);
    }

    private static PlannedDirective Directive(Model.Site site, Edition edition, Chapter chapter, DataTableBlock block, DiagnosticBag diagnostics)
    {
        var table = edition.Tables.GetValueOrDefault(block.TableId);
        ChartData? chart = null;
        if (block is ChartBlock chartBlock && table is not null)
        {
            chart = ChartDataBuilder.Build(site, edition, block.TableId, chartBlock.Columns, out var problem);
            if (problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.BadChart, SourceLocation.Of(chapter.Location.Path, block), problem.Message, problem.Hint);
            }
        }

        return new PlannedDirective(block, PageIds.DirectiveAnchor(block), table, chart);
    }
}
