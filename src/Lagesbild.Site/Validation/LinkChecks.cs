using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Rendering;
using Lagesbild.Site.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Validation;

/// <summary>
/// A chapter's links: no script or data URLs, and every link to a chapter resolves, with its
/// <c>#anchor</c>, to a page the same build writes (never from a published edition to a draft).
/// </summary>
public static class LinkChecks
{
    /// <summary>The ids a link's <c>#anchor</c> may point at on a chapter page: sections, tables, charts and footnotes.</summary>
    private static HashSet<string> AnchorsOf(Chapter chapter) =>
        new HashSet<string>(PageIds.All(chapter.Document).Select(a => a.Id), StringComparer.Ordinal);

    public static void Check(Model.Site site, Edition edition, Chapter chapter, DiagnosticBag diagnostics)
    {
        // Autolinks (`<javascript:…>`) are parsed even with HTML off, and their URL goes into href as written.
        foreach (var autolink in chapter.Document.Descendants<AutolinkInline>().Where(a => RunsScript(a.Url)))
        {
            ReportScriptLink(At(chapter, autolink), diagnostics);
        }

        foreach (var link in chapter.Document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var location = At(chapter, link);
            if (RunsScript(url))
            {
                ReportScriptLink(location, diagnostics);
                continue;
            }

            if (link.IsImage || ChapterLink.IsExternal(url))
            {
                continue;
            }

            var target = ChapterLink.Parse(url);
            if (target is null)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.BrokenLink, location,
                    new($"Länken `{url}` går inte att följa.", $"`{url}` is not a link the site can resolve"),
                    new("Länka till ett annat kapitel med dess filnamn, till exempel `02-inledning.md#syfte`, eller till en webbsida med https://.",
                        "link to another chapter by its file, e.g. `02-inledning.md#syfte`, or to a web page with https://"));
                continue;
            }

            CheckTarget(site, edition, chapter, target, url, location, diagnostics);
            CheckDraftTarget(site, edition, target, url, location, diagnostics);
        }
    }

    private static void CheckTarget(Model.Site site, Edition edition, Chapter chapter, ChapterLink target, string url, SourceLocation location, DiagnosticBag diagnostics)
    {
        var targetEdition = target.Year is { } year ? site.Editions.FirstOrDefault(e => e.Year == year) : edition;
        if (targetEdition is null)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.BrokenLink, location,
                new($"`{url}` pekar på upplagan {target.Year}, som inte finns.", $"`{url}` points to the edition {target.Year}, which does not exist"),
                new($"Upplagor som finns: {string.Join(", ", site.Editions.Select(e => e.Year))}.", $"editions: {string.Join(", ", site.Editions.Select(e => e.Year))}"));
            return;
        }

        var targetChapter = target.Slug is null ? chapter : targetEdition.FindChapter(target.Slug);
        if (targetChapter is null)
        {
            var chapters = string.Join(", ", targetEdition.Chapters.Select(c => $"{c.Order:00}-{c.Slug}.md"));
            diagnostics.Error(DiagnosticCodes.Chapter.BrokenLink, location,
                new($"`{url}` pekar på ett kapitel som inte finns i {targetEdition.Year}.", $"`{url}` points to a chapter that does not exist in {targetEdition.Year}"),
                new($"Kapitel som finns: {chapters}.", $"chapters: {chapters}"));
            return;
        }

        if (target.Anchor is { } anchor && !AnchorsOf(targetChapter).Contains(anchor))
        {
            var headings = string.Join(", ", targetChapter.Headings.Select(h => "#" + h.Id).Take(8));
            diagnostics.Error(DiagnosticCodes.Chapter.BrokenAnchor, location,
                new($"`#{anchor}` är inget avsnitt i \"{targetChapter.Title}\".", $"`#{anchor}` is not a section of \"{targetChapter.Title}\""),
                new($"Avsnitt där: {headings}.", $"sections there: {headings}"));
        }
    }

    /// <summary>A published page must not lead to a draft: in a public build the draft's pages do not exist.</summary>
    private static void CheckDraftTarget(Model.Site site, Edition edition, ChapterLink target, string url, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (edition.Status != EditionStatus.Published || target.Year is not { } year
            || site.Editions.FirstOrDefault(e => e.Year == year) is not { Status: EditionStatus.Draft })
        {
            return;
        }

        diagnostics.Error(DiagnosticCodes.Edition.LinkToDraft, location,
            new($"`{url}` leder till utgåvan {year}, som är ett utkast. Länken skulle inte fungera på den publicerade webbplatsen.",
                $"`{url}` points to the edition {year}, which is a draft; the link would be broken on the published site"),
            new($"Ta bort länken tills {year} är publicerad, eller publicera {year} först.", $"remove the link until {year} is published, or publish {year} first"));
    }

    private static bool RunsScript(string url) =>
        url.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
        || url.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static void ReportScriptLink(SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Chapter.UnsafeLink, location,
            new("Länkar får inte köra skript eller bädda in data (javascript: eller data:).", "links may not run scripts or embed data"),
            new("Länka till en webbsida (https://…) eller till ett annat kapitels .md-fil.", "link to a web page (https://…) or to another chapter's .md file"));

    private static SourceLocation At(Chapter chapter, MarkdownObject node) => SourceLocation.Of(chapter.Location.Path, node);
}
