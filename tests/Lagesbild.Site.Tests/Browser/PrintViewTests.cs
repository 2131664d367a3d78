using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>The whole edition on one page, as staff print it or save it as PDF (the frozen 2024 report).</summary>
public sealed class PrintViewTests : IClassFixture<FrozenSite>
{
    private readonly FrozenSite _site;

    public PrintViewTests(FrozenSite site)
    {
        _site = site;
    }

    [Fact]
    public void The_print_view_has_cover_contents_and_every_chapter_with_unique_ids()
    {
        var page = _site.Result.Page("2024/utskrift/index.html");
        var chapters = page.QuerySelectorAll("section.print-chapter").ToList();

        Assert.Equal(14, chapters.Count);
        Assert.Equal("Lägesbild 2024", page.QuerySelector(".print-cover h1")!.NormalizedText());
        Assert.Contains("Lokalpolisområde Globen", page.QuerySelectorAll(".print-cover .organisations li").Select(li => li.NormalizedText()));
        var contents = page.QuerySelectorAll(".print-toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.Equal(chapters.Select(c => c.Id), contents);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var href in page.QuerySelectorAll("main a[href^='#']").Select(a => a.GetAttribute("href")![1..]))
        {
            Assert.NotNull(page.GetElementById(href));
        }

        // Chapter sections sit one level below the chapter title
        Assert.Empty(page.QuerySelectorAll(".print-chapter .prose h2"));
        Assert.NotEmpty(page.QuerySelectorAll(".print-chapter .prose h3"));
        Assert.Null(page.QuerySelector("nav.chapter-nav"));
    }

    [SkippableFact]
    public void The_printed_PDF_has_every_chapter_title()
    {
        Chromium.RequireOrSkip();
        Prerequisite.RequireOrSkip(Prerequisite.OnPath("pdftotext"), "pdftotext (poppler-utils) is not installed (apt-get install poppler-utils; .ci/run installs it)");

        using var server = new StaticSiteServer(SharedBuilds.FrozenOnDisk.Directory);
        using var profile = new TempDirectory();
        var pdf = Path.Combine(profile.Path, "lagesbild.pdf");

        Chromium.Run(profile.Combine("chromium"), "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(server.BaseAddress, "2024/utskrift/").ToString());

        Assert.True(File.Exists(pdf), "Chromium wrote no PDF");
        var text = Normalize(PdfText(pdf));
        foreach (var title in _site.Result.Page("2024/index.html").QuerySelectorAll("nav.toc a").Select(a => a.NormalizedText()))
        {
            Assert.Contains(Normalize(title), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Hoppa till innehållet", text, StringComparison.Ordinal);
    }

    private static string PdfText(string pdf) => ExternalProcess.Run("pdftotext", [pdf, "-"]).Succeeded("pdftotext").Text;

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
