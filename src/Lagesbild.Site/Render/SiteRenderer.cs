using Lagesbild.Site.Search;
using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render.Downloads;

namespace Lagesbild.Site.Render;

/// <summary>
/// The render stage: every page of the <see cref="SitePlan"/> through its layout, plus the files
/// the plan names besides pages (downloads, images, <c>editions.json</c>, sitemap). It decides
/// nothing about which pages exist or where they go; the plan did.
/// </summary>
public sealed class SiteRenderer
{
    private readonly SitePlan _plan;
    private readonly SearchPlan _search;
    private readonly PageRenderer _pages;
    private readonly PageViewFactory _views;

    public SiteRenderer(SitePlan plan, SearchPlan search, PageRenderer pages)
    {
        _plan = plan;
        _search = search;
        _pages = pages;
        _views = new PageViewFactory(plan, search, ChapterHtml(plan));
    }

    public ImmutableArray<OutputFile> Render(DiagnosticBag diagnostics)
    {
        // Pages render side by side: each reads only the plan, which nothing changes, and every
        // render has its own template context; collected in plan order, the files are the same as
        // one at a time.
        var pages = _plan.Pages;
        var rendered = new OutputFile?[pages.Length];
        Parallelism.ForEach(pages, (page, i) =>
        {
            var (edition, view) = _views.For(page);
            if (_pages.Render(_views.Site, edition, view, page.Kind.LayoutFile(), diagnostics) is { } html)
            {
                rendered[i] = OutputFile.Text(page.OutputPath, html);
            }
        });
        var files = rendered.OfType<OutputFile>().ToList();

        foreach (var edition in _plan.Editions)
        {
            files.AddRange(TableDownloads.Files(edition));
            files.Add(CitationJson.File(edition, _plan.Site.Settings.Language));
            files.AddRange(edition.Images.Select(image => new OutputFile(image.OutputPath, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(image.Content)!)));
            if (_plan.Pdfs.TryGetValue(edition.Year, out var pdf))
            {
                files.Add(new OutputFile(pdf.OutputPath, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(pdf.Content)!));
            }
        }

        files.Add(EditionsJson.Write(_plan, _search));
        files.AddRange(SitemapWriter.Write(_plan));
        return [.. files];
    }

    /// <summary>Each chapter is rendered once and shared by its page, the print view and the home pages.</summary>
    private static IReadOnlyDictionary<ChapterPlan, RenderedChapter> ChapterHtml(SitePlan plan)
    {
        // Editions side by side: a chapter's HTML depends on its own edition (and earlier ones' tables for charts, already in the plan).
        var perEdition = new KeyValuePair<ChapterPlan, RenderedChapter>[plan.Editions.Length][];
        Parallelism.ForEach(plan.Editions, (edition, i) =>
        {
            var renderer = new ChapterHtmlRenderer(edition, plan.Urls);
            perEdition[i] = [.. edition.Chapters.Select(chapter => KeyValuePair.Create(chapter, renderer.Render(chapter)))];
        });
        return new Dictionary<ChapterPlan, RenderedChapter>(perEdition.SelectMany(e => e), ReferenceEqualityComparer.Instance);
    }
}
