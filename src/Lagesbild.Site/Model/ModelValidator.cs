using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Model;

/// <summary>
/// The checks that need more than one file: table ids in directives, duplicate slugs, the home
/// chapter, and links with their <c>#anchors</c> between chapters and editions.
/// </summary>
public static class ModelValidator
{
    public static void Validate(Site site, DiagnosticBag diagnostics)
    {
        foreach (var edition in site.Editions)
        {
            CheckSlugs(edition, diagnostics);
            CheckHomeChapter(edition, diagnostics);
            foreach (var chapter in edition.Chapters)
            {
                try
                {
                    CheckDirectives(site, edition, chapter, diagnostics);
                    CheckLinks(site, edition, chapter, diagnostics);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // A bug in a check must not hide the other chapters' findings, nor lose which chapter set it off.
                    InternalError.Report(chapter.Location, ex, diagnostics);
                }
            }
        }

        PublicationChecks.Validate(site, diagnostics);
    }

    /// <summary>The ids a link's <c>#anchor</c> may point at on a chapter page: sections, tables, charts and footnotes.</summary>
    private static HashSet<string> AnchorsOf(Chapter chapter) =>
        new HashSet<string>(PageIds.All(chapter.Document).Select(a => a.Id), StringComparer.Ordinal);

    private static void CheckSlugs(Edition edition, DiagnosticBag diagnostics)
    {
        foreach (var group in edition.Chapters.GroupBy(c => c.Slug).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.DuplicateSlug, duplicate.Location,
                    new($"Namnet `{duplicate.Slug}` används redan av {first.Location.Path}.", $"the slug `{duplicate.Slug}` is already used by {first.Location.Path}"),
                    new("Varje kapitel behöver ett eget namn efter numret. Byt namn på en av filerna.",
                        "each chapter needs its own name after the number; rename one of the files"));
            }
        }

        foreach (var chapter in edition.Chapters.Where(c => SitePaths.ReservedSlugs.Contains(c.Slug)))
        {
            diagnostics.Error(DiagnosticCodes.Edition.ReservedSlug, chapter.Location,
                new($"Kapitelnamnet `{chapter.Slug}` är upptaget av en sida som verktyget själv skapar ({string.Join(", ", SitePaths.ReservedSlugs.Order(StringComparer.Ordinal))}).",
                    $"the slug `{chapter.Slug}` is the name of a folder the build writes ({string.Join(", ", SitePaths.ReservedSlugs.Order(StringComparer.Ordinal))})"),
                new($"Byt namn på filen, till exempel till `{chapter.Order:00}-{chapter.Slug}-kapitel.md`.",
                    $"rename the file, e.g. to `{chapter.Order:00}-{chapter.Slug}-kapitel.md`"));
        }
    }

    private static void CheckHomeChapter(Edition edition, DiagnosticBag diagnostics)
    {
        if (edition.HomeChapterSlug is { } slug && edition.FindChapter(slug) is null)
        {
            var slugs = string.Join(", ", edition.Chapters.Select(c => c.Slug));
            diagnostics.Error(DiagnosticCodes.Edition.UnknownHomeChapter, edition.HomeChapterLocation ?? edition.Location,
                new($"home_chapter `{slug}` är inget kapitel i {edition.Year}.", $"home_chapter `{slug}` is not a chapter of {edition.Year}"),
                new($"Använd ett av: {slugs}.", $"use one of: {slugs}"));
        }
    }

    /// <summary>A published page must not lead to a draft: in a public build the draft's pages do not exist.</summary>
    private static void CheckDraftTarget(Site site, Edition edition, ChapterLink target, string url, SourceLocation location, DiagnosticBag diagnostics)
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

    private static void CheckDirectives(Site site, Edition edition, Chapter chapter, DiagnosticBag diagnostics)
    {
        foreach (var directive in chapter.Document.Descendants<DataTableBlock>())
        {
            var location = At(chapter, directive);
            if (!directive.IsClosed)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.UnclosedDirective, location,
                    new($"Blocket `::: {directive.Directive.Keyword} {directive.TableId}` avslutas aldrig.", $"`::: {directive.Directive.Keyword} {directive.TableId}` is not closed"),
                    new("Skriv en rad med bara `:::` direkt under den.", "add a line with only `:::` right below it"));
            }

            if (!edition.TableFileIds.Contains(directive.TableId))
            {
                var known = edition.Tables.Keys.ToList();
                diagnostics.Error(DiagnosticCodes.Chapter.UnknownTable, location,
                    new($"Det finns ingen tabell `{directive.TableId}` i {edition.Year}/data/.", $"there is no data table `{directive.TableId}` in {edition.Year}/data/"),
                    known.Count == 0
                        ? new($"Skapa filen {edition.Year}/data/{directive.TableId}.yml.", $"create {edition.Year}/data/{directive.TableId}.yml")
                        : new($"Kontrollera stavningen. Tabeller som finns: {string.Join(", ", known)}.", $"check the spelling; known tables: {string.Join(", ", known)}"));
            }
            else if (directive is ChartBlock)
            {
                // Whether the chart can be drawn is found where its data is built, once: SiteAssembler.
                CheckTableBelow(directive, location, diagnostics);
            }
        }
    }

    /// <summary>The table right below a chart is its text version, for screen readers and for print.</summary>
    private static void CheckTableBelow(DataTableBlock chart, SourceLocation location, DiagnosticBag diagnostics)
    {
        var parent = chart.Parent;
        var index = parent?.IndexOf(chart) ?? -1;
        var next = parent is not null && index + 1 < parent.Count ? parent[index + 1] : null;
        if (next is not TableBlock table || table.TableId != chart.TableId)
        {
            diagnostics.Warning(DiagnosticCodes.Chapter.BadChart, location,
                new($"Diagrammet `{chart.TableId}` har ingen tabell direkt under sig.", $"the chart `{chart.TableId}` has no table right below it"),
                new($"Placera `::: table {chart.TableId}` och `:::` direkt under diagrammet. Tabellen är diagrammets textversion.",
                    $"place `::: table {chart.TableId}` and `:::` right under the chart: the table is the chart's text version"));
        }
    }

    private static void CheckLinks(Site site, Edition edition, Chapter chapter, DiagnosticBag diagnostics)
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

    private static void CheckTarget(Site site, Edition edition, Chapter chapter, ChapterLink target, string url, SourceLocation location, DiagnosticBag diagnostics)
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

    private static bool RunsScript(string url) =>
        url.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
        || url.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static void ReportScriptLink(SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Chapter.UnsafeLink, location,
            new("Länkar får inte köra skript eller bädda in data (javascript: eller data:).", "links may not run scripts or embed data"),
            new("Länka till en webbsida (https://…) eller till ett annat kapitels .md-fil.", "link to a web page (https://…) or to another chapter's .md file"));

    private static SourceLocation At(Chapter chapter, MarkdownObject node) =>
        new(chapter.Location.Path, node.Line + 1, node.Column + 1);
}
