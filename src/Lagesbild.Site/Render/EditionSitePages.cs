using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Render;

/// <summary>
/// The site-level files about editions: <c>editions.json</c>, the editions page <c>utgavor/</c>
/// and the <c>senaste/</c> redirects to the latest published edition. They live outside the
/// year folders on purpose: they are what changes when an edition is published, so nothing
/// under <c>site/&lt;year&gt;/</c> has to.
/// </summary>
public sealed class EditionSitePages
{
    /// <summary>The folder of the redirects that always lead to the latest edition.</summary>
    public const string LatestFolder = "senaste";

    /// <summary>The folder of the page that lists every edition.</summary>
    public const string EditionsFolder = "utgavor";

    private readonly Model.Site _site;
    private readonly UrlBuilder _urls;
    private readonly PageRenderer _pages;
    private readonly SiteView _siteView;
    private readonly Func<Edition, string?, EditionView> _editionView;

    public EditionSitePages(Model.Site site, UrlBuilder urls, PageRenderer pages, SiteView siteView, Func<Edition, string?, EditionView> editionView)
    {
        _site = site;
        _urls = urls;
        _pages = pages;
        _siteView = siteView;
        _editionView = editionView;
    }

    /// <param name="editions">The editions being built, newest first; drafts only in a <c>--drafts</c> build.</param>
    public IEnumerable<OutputFile> Render(IReadOnlyList<Edition> editions, DiagnosticBag diagnostics)
    {
        var published = editions.Where(e => e.Status == EditionStatus.Published).ToList();
        var files = new List<OutputFile> { EditionsJson.Write(published, _urls) };
        AddEditionsPage(files, editions, diagnostics);
        if (_site.LatestPublished is { } latest && published.Contains(latest))
        {
            AddLatestRedirects(files, latest, published, diagnostics);
        }

        return files;
    }

    private void AddEditionsPage(List<OutputFile> files, IReadOnlyList<Edition> editions, DiagnosticBag diagnostics)
    {
        var url = _urls.File(EditionsFolder + "/");
        var items = editions
            .Select(e => new EditionListItemView(_editionView(e, null), e == _site.LatestPublished))
            .ToList();
        var page = new PageView("editions", "Alla utgåvor", url, _urls.Absolute(url), $"Alla utgåvor av {_siteView.Title}", "", null, null, [])
        {
            Editions = items,
        };
        Add(files, EditionsFolder + "/index.html", null, page, diagnostics);
    }

    /// <summary>
    /// <c>senaste/</c> leads to the latest edition's home and <c>senaste/&lt;slug&gt;/</c> to its
    /// chapter. Every slug any published edition ever had gets a page, so a link saved while a
    /// chapter existed still leads somewhere (the latest home) after the chapter is dropped.
    /// </summary>
    private void AddLatestRedirects(List<OutputFile> files, Edition latest, IReadOnlyList<Edition> published, DiagnosticBag diagnostics)
    {
        Add(files, LatestFolder + "/index.html", _editionView(latest, null), Redirect(LatestFolder + "/", latest.Title, _urls.Edition(latest.Year)), diagnostics);
        var slugs = published.SelectMany(e => e.Chapters).Select(c => c.Slug).Distinct().Order(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            var chapter = latest.FindChapter(slug);
            var page = chapter is null
                ? Redirect($"{LatestFolder}/{slug}/", latest.Title, _urls.Edition(latest.Year))
                : Redirect($"{LatestFolder}/{slug}/", chapter.Title, _urls.Chapter(latest.Year, slug));
            Add(files, $"{LatestFolder}/{slug}/index.html", _editionView(latest, chapter?.Slug), page, diagnostics);
        }
    }

    private PageView Redirect(string path, string title, string target) =>
        new("redirect", title, _urls.File(path), _urls.Absolute(target), null, "", null, null, [])
        {
            RedirectUrl = target,
            NoIndex = true,
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
