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
/// <remarks>
/// The frozen archive: publishing or adding an edition, with the layouts unchanged, changes no
/// byte under <c>site/&lt;older-year&gt;/</c>. That holds because nothing an edition's files
/// contain depends on which other editions exist:
/// <list type="bullet">
/// <item>The switcher's list and the "newer edition" notice are not in the pages: editions.js
/// reads them from <c>editions.json</c> at a fixed site-level address. Without JavaScript the
/// switcher is a link to <c>utgavor/</c>, also at a fixed address.</item>
/// <item>Charts read only their own edition and earlier published ones, never later ones.</item>
/// <item>Downloads (<c>&lt;year&gt;/data/</c>) and the print view come from their own edition.</item>
/// <item>Asset URLs (<c>assets/site.&lt;hash&gt;.css</c>) and their integrity hashes come from the
/// bytes of <c>layouts/assets/</c> alone, so they stay the same as long as the layouts do; no
/// per-edition asset copies are needed. Changing the layouts is a redesign of the whole site and
/// deliberately re-renders every edition, old ones included, in the same build, so no page is
/// ever left pointing at an asset the build no longer writes.</item>
/// </list>
/// What does change on publication is site-level: <c>index.html</c>, <c>404.html</c>,
/// <c>editions.json</c>, <c>utgavor/</c>, <c>senaste/</c> and <c>sitemap.xml</c>.
/// </remarks>
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
        var files = new List<OutputFile> { EditionsJson.Write(published, _urls, e => _editionView(e, null).SearchIndexUrl) };
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
        var page = new PageView("editions", "Alla utgåvor", url, _urls.Canonical(url), $"Alla utgåvor av {_siteView.Title}", HtmlString.Empty, null, null, [])
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
        new("redirect", title, _urls.File(path), _urls.Canonical(target), null, HtmlString.Empty, null, null, [])
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
