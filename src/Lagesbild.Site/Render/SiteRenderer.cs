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
    private readonly PageRenderer _pages;
    private readonly PageViewFactory _views;

    public SiteRenderer(SitePlan plan, PageRenderer pages)
    {
        _plan = plan;
        _pages = pages;
        _views = new PageViewFactory(plan, ChapterHtml(plan));
    }

    public ImmutableArray<OutputFile> Render(DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        foreach (var page in _plan.Pages)
        {
            var (edition, view) = _views.For(page);
            if (_pages.Render(_views.Site, edition, view, page.Kind.LayoutFile(), diagnostics) is { } html)
            {
                files.Add(OutputFile.Text(page.OutputPath, html));
            }
        }

        foreach (var edition in _plan.Editions)
        {
            files.AddRange(TableDownloads.Files(edition));
            files.AddRange(edition.Images.Select(image => new OutputFile(image.OutputPath, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(image.Content)!)));
        }

        files.Add(EditionsJson.Write(_plan));
        files.AddRange(SitemapWriter.Write(_plan));
        return [.. files];
    }

    /// <summary>Each chapter is rendered once and shared by its page, the print view and the home pages.</summary>
    private static IReadOnlyDictionary<ChapterPlan, RenderedChapter> ChapterHtml(SitePlan plan)
    {
        var html = new Dictionary<ChapterPlan, RenderedChapter>(ReferenceEqualityComparer.Instance);
        foreach (var edition in plan.Editions)
        {
            var renderer = new ChapterHtmlRenderer(edition, plan.Urls);
            foreach (var chapter in edition.Chapters)
            {
                html[chapter] = renderer.Render(chapter);
            }
        }

        return html;
    }
}
