using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Pdf;

/// <summary>
/// Each edition's PDF, from the print view of a build made without PDFs: that page has no link to
/// the PDF, so the PDF's bytes never depend on the PDF (the published print view, which links it
/// with its size, is rendered afterwards). Per edition, the PDF comes from the cache when its
/// print view and everything it loads are unchanged, else Chromium prints it and the finisher
/// makes it reproducible. Without Chromium the editions not in the cache are left without a PDF,
/// with a warning; a failed print or an unreadable PDF is an error.
/// </summary>
public static partial class EditionPdfs
{
    /// <summary>What happened to one edition's PDF, for the command's summary.</summary>
    public sealed record Outcome(int Year, string Path, long Size, bool FromCache);

    public static ImmutableDictionary<int, EditionPdf> Make(
        SitePlan plan, IReadOnlyList<OutputFile> files, PdfCache cache, Func<ChromiumPrinter?> locateChromium, DiagnosticBag diagnostics, List<Outcome> outcomes)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        var basePath = plan.Urls.File("");
        var pdfs = ImmutableDictionary.CreateBuilder<int, EditionPdf>();
        var toPrint = new List<(EditionPlan Edition, string Page, PdfDocumentInfo Info, string Key)>();
        foreach (var edition in plan.Editions)
        {
            var page = SitePaths.PageIn(SitePaths.EditionFolder(edition.Year, SitePaths.PrintFolder));
            if (!byPath.TryGetValue(page, out var html))
            {
                continue;
            }

            var info = new PdfDocumentInfo(edition.Edition.Title, plan.Site.Settings.Language, edition.Edition.Published, plan.Urls.Origin);
            var key = PdfCache.Key(info, html, Loads(html, basePath, byPath));
            if (cache.Read(key) is { } cached)
            {
                pdfs[edition.Year] = new EditionPdf(edition.Year, [.. cached]);
                outcomes.Add(new Outcome(edition.Year, SitePaths.EditionPdf(edition.Year), cached.Length, FromCache: true));
            }
            else
            {
                toPrint.Add((edition, page, info, key));
            }
        }

        if (toPrint.Count == 0)
        {
            return pdfs.ToImmutable();
        }

        if (locateChromium() is not { } chromium)
        {
            var years = string.Join(", ", toPrint.Select(p => p.Edition.Year));
            diagnostics.Warning(DiagnosticCodes.Pdf.ChromiumMissing, SourceLocation.Option(ChromiumPrinter.PathVariable),
                new($"Chromium finns inte, så PDF:en för {years} hoppades över. Sajten byggdes utan den, och sidorna länkar inte till någon PDF.",
                    $"Chromium was not found, so the PDF of {years} was skipped. The site was built without it, and no page links to a PDF."),
                new("Installera Chromium (`sudo apt-get install chromium`) eller ange webbläsarens sökväg i CHROMIUM_PATH, och kör `pdf` igen.",
                    "install Chromium (`sudo apt-get install chromium`) or set CHROMIUM_PATH to the browser, then run `pdf` again"));
            return pdfs.ToImmutable();
        }

        using var server = new LoopbackSite(files, basePath);
        foreach (var (edition, page, info, key) in toPrint)
        {
            var location = SourceLocation.Option(SitePaths.EditionPdf(edition.Year));
            try
            {
                var pdf = PdfFinisher.Finish(chromium.Print(server.Url(page[..^SitePaths.PageFile.Length])), info, server.Origin, PageText(edition));
                cache.Write(key, pdf);
                pdfs[edition.Year] = new EditionPdf(edition.Year, [.. pdf]);
                outcomes.Add(new Outcome(edition.Year, SitePaths.EditionPdf(edition.Year), pdf.Length, FromCache: false));
            }
            catch (PrintFailedException ex)
            {
                diagnostics.Error(DiagnosticCodes.Pdf.PrintFailed, location,
                    new($"Chromium ({chromium.Executable}) kunde inte skriva ut {edition.Year} års rapport som PDF: {ex.Message}",
                        $"Chromium ({chromium.Executable}) could not print the {edition.Year} report to PDF: {ex.Message}"),
                    new("Kontrollera att Chromium fungerar (`chromium --headless --version`) och kör `pdf` igen. Sajten är orörd.",
                        "check that Chromium works (`chromium --headless --version`) and run `pdf` again; the site was left as it was"));
            }
            catch (PdfFormatException ex)
            {
                diagnostics.Error(DiagnosticCodes.Pdf.UnreadablePdf, location,
                    new($"PDF:en som Chromium skrev för {edition.Year} har en form som bygget inte känner igen ({ex.Message}), så den kan inte göras tillgänglig och oföränderlig.",
                        $"the PDF Chromium wrote for {edition.Year} has a layout the build does not know ({ex.Message}), so it cannot be made accessible and reproducible"),
                    new("Det är ett fel i verktyget eller en ny Chromium-version: rapportera det till utvecklarna, med Chromiums version.",
                        "this is a bug in the tool or a new Chromium version: report it to the developers with the Chromium version"));
            }
        }

        return pdfs.ToImmutable();
    }

    /// <summary>The print view's headings and anchors, from the plan (the print view renders the same).</summary>
    private static PdfPageText PageText(EditionPlan edition)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in edition.Chapters)
        {
            anchors[Render.PageViewFactory.PrintPartId(chapter)] = chapter.Title;
            var scope = Markdown.Rendering.IdScope.Print(chapter.Slug);
            foreach (var heading in chapter.Headings)
            {
                anchors.TryAdd(scope.Id(heading.Id), heading.Text);
            }
        }

        var headings = edition.Chapters.SelectMany(c => c.Headings.Select(h => h.Text).Prepend(c.Title)).Prepend(edition.Edition.Title);
        return new PdfPageText([.. headings], anchors);
    }

    /// <summary>
    /// The site files the page loads (stylesheets, icons, pictures), by path: part of the cache key,
    /// so a changed picture prints again. Pages it only links to are not, so publishing a new edition
    /// does not touch an older edition's PDF.
    /// </summary>
    private static IEnumerable<(string Path, byte[] Content)> Loads(byte[] html, string basePath, IReadOnlyDictionary<string, byte[]> files)
    {
        var text = System.Text.Encoding.UTF8.GetString(html);
        return LoadPattern().Matches(text)
            .Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))
            .Where(url => url.StartsWith(basePath, StringComparison.Ordinal))
            .Select(url => url[basePath.Length..])
            .Distinct(StringComparer.Ordinal)
            .Where(files.ContainsKey)
            .Select(path => (path, files[path]));
    }

    [GeneratedRegex(@"<(?:img|source|link)\b[^>]*?\s(?:src|href)=""(?<url>[^""]+)""|<image\b[^>]*?\shref=""(?<url>[^""]+)""")]
    private static partial Regex LoadPattern();
}
