using Lagesbild.Site.Search;
using System.Globalization;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// What layouts see of a planned page: a <see cref="PageView"/> with the members its kind's
/// layout reads, and the <see cref="EditionView"/> of the edition whose navigation it shows.
/// </summary>
public sealed class PageViewFactory
{
    private readonly SitePlan _plan;
    private readonly SearchPlan _search;
    private readonly IReadOnlyDictionary<ChapterPlan, RenderedChapter> _chapterHtml;

    /// <param name="chapterHtml">Each chapter's rendered content, for its page and for the print view.</param>
    public PageViewFactory(SitePlan plan, SearchPlan search, IReadOnlyDictionary<ChapterPlan, RenderedChapter> chapterHtml)
    {
        _plan = plan;
        _search = search;
        _chapterHtml = chapterHtml;
        var settings = plan.Site.Settings;
        Site = new SiteView(settings.Title, settings.Description, settings.Language, plan.Urls.Root(), settings.Organisations)
        {
            Owner = settings.Owner,
            ContactText = settings.Contact?.Text ?? "",
            ContactHref = settings.Contact?.Href ?? "",
            AccessibilityUrl = plan.Urls.File(SitePaths.AccessibilityFolder + "/"),
        };
    }

    public SiteView Site { get; }

    public (EditionView? Edition, PageView Page) For(PagePlan page)
    {
        var edition = page.Edition is { } planned
            ? EditionView(planned, page.Kind is PageKind.Chapter or PageKind.Redirect ? page.Chapter?.Slug : null)
            : null;
        var view = new PageView
        {
            Kind = page.Kind.Layout(),
            Title = page.Title,
            Url = page.Url,
            CanonicalUrl = _plan.Urls.Canonical(page.CanonicalUrl),
            Description = page.Description,
        };
        return (edition, page.Kind switch
        {
            PageKind.Home or PageKind.SiteRoot => view with { ContentHtml = Html(page.Chapter) },
            PageKind.Chapter => Chapter(view, page.Chapter!, edition!) with { EditUrl = EditUrl(page) },
            PageKind.Print => view with { Parts = [.. page.Edition!.Chapters.Select(PrintPart)] },
            PageKind.Accessibility => view with { Statement = _plan.Site.Statement is { } statement ? StatementView.From(statement) : null },
            PageKind.Editions => view with { Editions = [.. _plan.Editions.Select(e => new EditionListItemView(EditionView(e, null), e == _plan.Latest))] },
            PageKind.Redirect => view with { RedirectUrl = page.RedirectUrl, NoIndex = true },
            _ => view,
        });
    }

    private PageView Chapter(PageView view, ChapterPlan chapter, EditionView edition)
    {
        var index = edition.Chapters.ToList().FindIndex(c => c.IsCurrent);
        return view with
        {
            ContentHtml = Html(chapter),
            Previous = index > 0 ? edition.Chapters[index - 1] : null,
            Next = index < edition.Chapters.Count - 1 ? edition.Chapters[index + 1] : null,
            Sections = [.. chapter.Headings.Where(h => h.Level <= 3).Select(h => new SectionView(h.Level, h.Id, h.Text))],
            UpdatedText = chapter.Chapter.Updated is { } updated ? SwedishFormat.Date(updated) : null,
            UpdatedIso = Iso(chapter.Chapter.Updated),
        };
    }

    /// <summary>The chapter's source in the repository, <c>content/YEAR/NN-slug.md</c>, opened in GitHub's editor.</summary>
    private string? EditUrl(PagePlan page) =>
        _plan.Site.Settings.Repository is { } repository && page.Edition is { } edition
            ? repository.EditUrl($"content/{edition.Edition.Year}/{Path.GetFileName(page.Chapter!.Chapter.Location.Path)}")
            : null;

    /// <summary>A chapter of the print view, rendered with its own id prefix and headings one level down.</summary>
    private PagePartView PrintPart(ChapterPlan chapter) =>
        new(PrintPartId(chapter), chapter.Title, new HtmlString(_chapterHtml[chapter].PrintHtml))
        {
            UpdatedText = chapter.Chapter.Updated is { } updated ? SwedishFormat.Date(updated) : null,
            UpdatedIso = Iso(chapter.Chapter.Updated),
        };

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CitationView Citation(Citation citation) => new(
        citation.Authors,
        Prose(citation.Authors),
        citation.Title,
        citation.Published.Year.ToString(CultureInfo.InvariantCulture),
        citation.Published.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture),
        citation.Url,
        citation.IsAbsolute,
        citation.FileUrl);

    /// <summary>"A", "A och B", "A, B och C".</summary>
    private static string Prose(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];

    /// <summary>The id of a chapter's section in the print view, which its contents entry and the PDF's links point at.</summary>
    public static string PrintPartId(ChapterPlan chapter) => "kapitel-" + chapter.Slug;

    private HtmlString Html(ChapterPlan? chapter) => chapter is null ? HtmlString.Empty : new HtmlString(_chapterHtml[chapter].Html);

    private EditionView EditionView(EditionPlan plan, string? currentSlug)
    {
        var edition = plan.Edition;
        return new(
            edition.Year,
            edition.Title,
            edition.Subtitle,
            edition.Organisations,
            SwedishFormat.Date(edition.Published),
            edition.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            edition.Summary,
            plan.Url,
            plan.IsDraft,
            [.. plan.Chapters.Select(c => new ChapterLinkView(c.Chapter.Order, c.Slug, c.Title, c.Url, c.Slug == currentSlug))])
        {
            CurrentSlug = currentSlug,
            SearchIndexUrl = _search.IndexUrl(_plan.Urls, edition.Year),
            Pdf = _plan.Pdfs.TryGetValue(edition.Year, out var pdf) ? new PdfLinkView(_plan.Urls.File(pdf.OutputPath), SwedishFormat.FileSize(pdf.Content.Length)) : null,
            Citation = Citation(plan.Citation),
        };
    }
}
