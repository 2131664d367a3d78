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
        // Editions render side by side: an edition's pages read only its own and earlier editions'
        // model, which no renderer changes, and are collected in the given order, so the files are
        // the same as one at a time.
        var rendered = new (List<OutputFile> Files, string Home)[editions.Count];
        Build.Parallelism.ForEach(editions, (edition, i) => rendered[i] = (RenderEdition(edition, diagnostics, out var home), home));
        var files = rendered.SelectMany(r => r.Files).ToList();
        var homeHtml = editions.Select((e, i) => (e.Year, rendered[i].Home)).ToDictionary(h => h.Year, h => h.Home);

        if (_site.LatestPublished is { } latest && editions.Contains(latest))
        {
            Add(files, "index.html", EditionView(latest, null), HomePage(latest, _urls.Root(), homeHtml[latest.Year]), diagnostics);
        }

        files.AddRange(new EditionSitePages(_site, _urls, _pages, _siteView, EditionView).Render(editions, diagnostics));
        var notFound = new PageView("notfound", "Sidan finns inte", _urls.File("404.html"), _urls.Canonical(_urls.Root()), null, HtmlString.Empty, null, null, []);
        var latestView = _site.LatestPublished is { } newest && editions.Contains(newest) ? EditionView(newest, null) : null;
        Add(files, "404.html", latestView, notFound, diagnostics);
        return [.. files];
    }

    /// <summary>The edition's pages; <paramref name="homeHtml"/> is its home content, for the site root to reuse.</summary>
    private List<OutputFile> RenderEdition(Edition edition, DiagnosticBag diagnostics, out string homeHtml)
    {
        // Each chapter is rendered once and shared by its page, the print view and the home page.
        var chapterHtml = new ChapterHtmlRenderer(_site, edition, _urls);
        var html = edition.Chapters.ToDictionary(c => c.Slug, chapterHtml.Render, StringComparer.Ordinal);
        homeHtml = edition.HomeChapterSlug is { } homeSlug && html.TryGetValue(homeSlug, out var home) ? home : "";
        var files = new List<OutputFile>();
        Add(files, $"{edition.Year}/index.html", EditionView(edition, null), HomePage(edition, _urls.Edition(edition.Year), homeHtml), diagnostics);
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
                _urls.Canonical(url),
                chapter.Description,
                new HtmlString(html[chapter.Slug]),
                i > 0 ? view.Chapters[i - 1] : null,
                i < chapters.Length - 1 ? view.Chapters[i + 1] : null,
                [.. chapter.Headings.Where(h => h.Level <= 3).Select(h => new SectionView(h.Level, h.Id, h.Text))]);
            Add(files, $"{edition.Year}/{chapter.Slug}/index.html", view, page, diagnostics);
        }

        Add(files, $"{edition.Year}/utskrift/index.html", EditionView(edition, null), PrintPage(edition, html), diagnostics);
        files.AddRange(TableDownloads.Files(edition));
        files.AddRange(Images.ImageFiles.For(edition));
        // The search page reads ?q= and its index (written by the search step) in the browser.
        var searchUrl = _urls.Page(edition.Year, "sok");
        var search = new PageView("search", "Sök", searchUrl, _urls.Canonical(searchUrl), $"Sök i {edition.Title}", HtmlString.Empty, null, null, []);
        Add(files, $"{edition.Year}/sok/index.html", EditionView(edition, null), search, diagnostics);
        return files;
    }

    /// <summary>The whole edition on one page, for printing and saving as PDF.</summary>
    private PageView PrintPage(Edition edition, IReadOnlyDictionary<string, string> chapterHtml)
    {
        var url = _urls.Page(edition.Year, "utskrift");
        var parts = edition.Chapters
            .Select(c => new PagePartView("kapitel-" + c.Slug, c.Title, new HtmlString(PrintHtml.ForChapter(chapterHtml[c.Slug], c.Slug + "--"))))
            .ToList();
        return new PageView("print", $"{edition.Title} – hela rapporten", url, _urls.Canonical(url), edition.Summary, HtmlString.Empty, null, null, []) { Parts = parts };
    }

    private PageView HomePage(Edition edition, string url, string content) =>
        new("home", edition.Title, url, _urls.Canonical(_urls.Edition(edition.Year)), edition.Summary, new HtmlString(content), null, null, []);

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
