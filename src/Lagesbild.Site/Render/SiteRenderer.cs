using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Render.Downloads;

namespace Lagesbild.Site.Render;

/// <summary>Renders every page of the site: per edition a home and its chapters; the site root and a 404 page.</summary>
public sealed class SiteRenderer
{
    private readonly Model.Site _site;
    private readonly UrlBuilder _urls;
    private readonly PageRenderer _pages;
    private readonly SiteView _siteView;

    public SiteRenderer(Model.Site site, UrlBuilder urls, PageRenderer pages)
    {
        _site = site;
        _urls = urls;
        _pages = pages;
        _siteView = new SiteView(site.Settings.Title, site.Settings.Description, site.Settings.Language, urls.Root(), site.Settings.Organisations);
    }

    public ImmutableArray<OutputFile> Render(IReadOnlyList<Edition> editions, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        foreach (var edition in editions)
        {
            files.AddRange(RenderEdition(edition, diagnostics));
        }

        if (_site.LatestPublished is { } latest && editions.Contains(latest))
        {
            var home = HomePage(latest, _urls.Root());
            Add(files, "index.html", EditionView(latest, null), home, diagnostics);
        }

        files.AddRange(new EditionSitePages(_site, _urls, _pages, _siteView, EditionView).Render(editions, diagnostics));
        var notFound = new PageView("notfound", "Sidan finns inte", _urls.File("404.html"), _urls.Absolute(_urls.Root()), null, "", null, null, []);
        var latestView = _site.LatestPublished is { } newest && editions.Contains(newest) ? EditionView(newest, null) : null;
        Add(files, "404.html", latestView, notFound, diagnostics);
        return [.. files];
    }

    private IEnumerable<OutputFile> RenderEdition(Edition edition, DiagnosticBag diagnostics)
    {
        var chapterHtml = new ChapterHtmlRenderer(_site, edition, _urls);
        var files = new List<OutputFile>();
        Add(files, $"{edition.Year}/index.html", EditionView(edition, null), HomePage(edition, _urls.Edition(edition.Year), chapterHtml), diagnostics);
        var chapters = edition.Chapters;
        for (var i = 0; i < chapters.Length; i++)
        {
            var chapter = chapters[i];
            var view = EditionView(edition, chapter.Slug);
            var url = _urls.Chapter(edition.Year, chapter.Slug);
            var page = new PageView(
                "chapter",
                chapter.Title,
                url,
                _urls.Absolute(url),
                chapter.Description,
                chapterHtml.Render(chapter),
                i > 0 ? view.Chapters[i - 1] : null,
                i < chapters.Length - 1 ? view.Chapters[i + 1] : null,
                [.. chapter.Headings.Where(h => h.Level <= 3).Select(h => new SectionView(h.Level, h.Id, h.Text))]);
            Add(files, $"{edition.Year}/{chapter.Slug}/index.html", view, page, diagnostics);
        }

        Add(files, $"{edition.Year}/utskrift/index.html", EditionView(edition, null), PrintPage(edition, chapterHtml), diagnostics);
        files.AddRange(TableDownloads.Files(edition));
        // The search page reads ?q= and its index (written by the search step) in the browser.
        var searchUrl = _urls.Page(edition.Year, "sok");
        var search = new PageView("search", "Sök", searchUrl, _urls.Absolute(searchUrl), $"Sök i {edition.Title}", "", null, null, []);
        Add(files, $"{edition.Year}/sok/index.html", EditionView(edition, null), search, diagnostics);
        return files;
    }

    /// <summary>The whole edition on one page, for printing and saving as PDF.</summary>
    private PageView PrintPage(Edition edition, ChapterHtmlRenderer chapterHtml)
    {
        var url = _urls.Page(edition.Year, "utskrift");
        var parts = edition.Chapters
            .Select(c => new PagePartView("kapitel-" + c.Slug, c.Title, PrintHtml.ForChapter(chapterHtml.Render(c), c.Slug + "--")))
            .ToList();
        return new PageView("print", $"{edition.Title} – hela rapporten", url, _urls.Absolute(url), edition.Summary, "", null, null, []) { Parts = parts };
    }

    private PageView HomePage(Edition edition, string url, ChapterHtmlRenderer? chapterHtml = null)
    {
        var homeChapter = edition.HomeChapterSlug is { } slug ? edition.FindChapter(slug) : null;
        chapterHtml ??= new ChapterHtmlRenderer(_site, edition, _urls);
        var content = homeChapter is null ? "" : chapterHtml.Render(homeChapter);
        return new PageView("home", edition.Title, url, _urls.Absolute(_urls.Edition(edition.Year)), edition.Summary, content, null, null, []);
    }

    private EditionView EditionView(Edition edition, string? currentSlug) =>
        new(
            edition.Year,
            edition.Title,
            edition.Subtitle,
            edition.Organisations,
            SwedishFormat.Date(edition.Published),
            edition.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            edition.Summary,
            _urls.Edition(edition.Year),
            edition.Status == EditionStatus.Draft,
            [.. edition.Chapters.Select(c => new ChapterLinkView(c.Order, c.Slug, c.Title, _urls.Chapter(edition.Year, c.Slug), c.Slug == currentSlug))])
        {
            CurrentSlug = currentSlug,
        };

    private void Add(List<OutputFile> files, string path, EditionView? edition, PageView page, DiagnosticBag diagnostics)
    {
        var html = _pages.Render(_siteView, edition, page, diagnostics);
        if (html is not null)
        {
            files.Add(OutputFile.Text(path, html));
        }
    }
}
