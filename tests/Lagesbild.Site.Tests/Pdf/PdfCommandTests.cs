using System.Text;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Pdf;
using Lagesbild.Site.Render;
using Lagesbild.Site.Tests.Images;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Pdf;

/// <summary>
/// The <c>pdf</c> command around the PDF itself: without Chromium the site is still built and the
/// editor is told; a failing Chromium changes nothing; <c>build</c> never starts a browser; a new
/// edition leaves an older edition's PDF as it was; links and pictures survive the print.
/// </summary>
public sealed class PdfCommandTests
{
    [Theory]
    [InlineData(Language.Swedish, "CHROMIUM_PATH: varning: Chromium finns inte, så PDF:en för 2024 hoppades över. Sajten byggdes utan den, och sidorna länkar inte till någon PDF. (Installera Chromium (`sudo apt-get install chromium`) eller ange webbläsarens sökväg i CHROMIUM_PATH, och kör `pdf` igen.) [LB830]")]
    [InlineData(Language.English, "CHROMIUM_PATH: warning: Chromium was not found, so the PDF of 2024 was skipped. The site was built without it, and no page links to a PDF. (install Chromium (`sudo apt-get install chromium`) or set CHROMIUM_PATH to the browser, then run `pdf` again) [LB830]")]
    public void Without_Chromium_the_site_is_built_without_a_PDF_and_says_so(Language language, string message)
    {
        using var site = MinimalSite.With();
        using var cache = new TempDirectory();

        var run = CliRunner.ExecuteWith(
            new Dictionary<string, string> { ["CHROMIUM_PATH"] = "/finns/inte/chromium", ["XDG_CACHE_HOME"] = cache.Path },
            language, site.Root, "pdf", "--content", "content", "--layouts", "layouts", "--out", "site");

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains(message, run.StandardError.Split('\n'));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "2024", "index.html")));
        Assert.Empty(Directory.EnumerateFiles(site.OutputDirectory, "*.pdf", SearchOption.AllDirectories));
        var home = HtmlPage.Parse(File.ReadAllText(Path.Combine(site.OutputDirectory, "2024", "index.html")));
        Assert.Empty(home.QuerySelectorAll("a[href$='.pdf']"));
    }

    [Fact]
    public void A_Chromium_that_fails_is_an_error_and_the_previous_site_stays()
    {
        using var site = MinimalSite.With();
        using var cache = new TempDirectory();
        Assert.True(site.BuildAndWrite().Succeeded);
        var before = DirectorySnapshot.Take(site.OutputDirectory);

        var run = PdfRun.Of(site.Options(), site.OutputDirectory, cache.Path, () => new ChromiumPrinter("/bin/false"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2024/lagesbild-2024.pdf: error: Chromium (/bin/false) could not print the 2024 report to PDF: Chromium exited with 1 and no PDF (check that Chromium works (`chromium --headless --version`) and run `pdf` again; the site was left as it was) [LB831]",
            run.Error.Split('\n'));
        Assert.Equal(before, DirectorySnapshot.Take(site.OutputDirectory));
    }

    [Fact]
    public void A_PDF_from_Chromium_that_the_finisher_does_not_know_is_an_error_and_the_previous_site_stays()
    {
        // Given a built site, and a "Chromium" that prints every page as an untagged PDF
        using var site = MinimalSite.With();
        using var cache = new TempDirectory();
        using var browser = new TempDirectory();
        var untagged = browser.Combine("untagged.pdf");
        File.WriteAllText(untagged, ClassicPdf("<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [] /Count 0>>"), Encoding.Latin1);
        var script = browser.Combine("chromium.sh");
        File.WriteAllText(script, $$"""
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) cp '{{untagged}}' "${argument#--print-to-pdf=}" ;; esac
            done
            """.ReplaceLineEndings("\n"));
        // Made executable by a child process, so this process never holds the file open for writing
        // while it starts it (which Linux refuses with "Text file busy").
        var executable = browser.Combine("chromium");
        ExternalProcess.Run("install", ["-m", "755", script, executable]).Succeeded("install chromium");
        Assert.True(site.BuildAndWrite().Succeeded);
        var before = DirectorySnapshot.Take(site.OutputDirectory);

        // When pdf runs with it
        var run = PdfRun.Of(site.Options(), site.OutputDirectory, cache.Path, () => new ChromiumPrinter(executable));

        // Then the PDF is refused as a form the build does not know, with the finisher's reason, and nothing changes
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2024/lagesbild-2024.pdf: error: the PDF Chromium wrote for 2024 has a layout the build does not know (the PDF is not tagged (no /StructTreeRoot)), so it cannot be made accessible and reproducible (this is a bug in the tool or a new Chromium version: report it to the developers with the Chromium version) [LB832]",
            run.Error.Split('\n'));
        Assert.Equal(before, DirectorySnapshot.Take(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Build_makes_no_PDF_and_links_none()
    {
        var result = SharedBuilds.Frozen;

        Assert.DoesNotContain(result.Files, f => f.RelativePath.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Empty(result.Page("2024/index.html").QuerySelectorAll("a[href$='.pdf']"));
        Assert.Empty(result.Page("2024/utskrift/index.html").QuerySelectorAll("a[href$='.pdf']"));
    }

    [SkippableFact]
    public void A_new_edition_leaves_the_older_PDF_alone_and_links_and_pictures_survive_the_print()
    {
        Chromium.RequireOrSkip();
        PdfStructure.RequireQpdf();
        using var site = MinimalSite.With("""
            -- content/2024/02-lankar.md --
            ---
            title: Länkar
            ---

            Läs mer hos [Polisen](https://polisen.se/om-polisen/) och i [inledningen](01-inledning.md#syfte).

            ![Karta över stadsdelsområdet med fyra stadsdelar](bilder/karta.png)
            """);
        var picture = Path.Combine(site.ContentDirectory, "2024", "bilder", "karta.png");
        Directory.CreateDirectory(Path.GetDirectoryName(picture)!);
        File.WriteAllBytes(picture, TestImages.Png(320, 200));
        using var cache = new TempDirectory();
        var options = site.Options() with { SiteUrl = "https://lagesbild.example.se" };

        var first = PdfRun.Of(options, site.OutputDirectory, cache.Path);
        Assert.True(first.ExitCode == 0, first.Error);
        var published = File.ReadAllBytes(first.File("2024/lagesbild-2024.pdf"));

        // A newer edition that links back to 2024.
        site.Write("content/2025/edition.yml", "title: Lägesbild 2025\npublished: 2025-12-01\nstatus: published\nsummary: Sammanfattning.\nhome_chapter: inledning\n");
        site.Write("content/2025/01-inledning.md", "---\ntitle: Inledning\n---\n\nSe [förra årets inledning](../2024/01-inledning.md).\n");
        var second = PdfRun.Of(options, site.OutputDirectory, cache.Path);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("PDF 2024/lagesbild-2024.pdf (" + SwedishFormat.FileSize(published.Length) + ", unchanged, from the cache).", second.Output, StringComparison.Ordinal);
        Assert.Contains("PDF 2025/lagesbild-2025.pdf (", second.Output, StringComparison.Ordinal);
        Assert.Equal(published, File.ReadAllBytes(second.File("2024/lagesbild-2024.pdf")));

        var older = PdfStructure.Read(second.File("2024/lagesbild-2024.pdf"));
        var newer = PdfStructure.Read(second.File("2025/lagesbild-2025.pdf"));
        Assert.Contains("https://polisen.se/om-polisen/", Uris(older));
        Assert.Contains(older.Objects, o => o.ValueKind == System.Text.Json.JsonValueKind.Object && o.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link"
            && o.TryGetProperty("/A", out _) && PdfStructure.Text(o.GetProperty("/Contents")) == "https://polisen.se/om-polisen/");
        Assert.Contains("https://lagesbild.example.se/2024/inledning/", Uris(newer));
        Assert.DoesNotContain("127.0.0.1", Encoding.Latin1.GetString(published), StringComparison.Ordinal);
        var figure = Assert.Single(older.StructureElements(), e => e.Type == "Figure");
        Assert.Equal("Karta över stadsdelsområdet med fyra stadsdelar", PdfStructure.Text(figure.Element.GetProperty("/Alt")));
        Assert.Equal("Lägesbild 2025", PdfStructure.Text(newer.Get(newer.Trailer, "/Info")!.Value.GetProperty("/Title")));
    }

    [Fact]
    public void A_PDF_the_finisher_does_not_know_is_refused_not_guessed_at()
    {
        var info = new PdfDocumentInfo("Lägesbild 2024", "sv", new DateOnly(2024, 12, 1), null);
        var crossReferenceStream = Encoding.Latin1.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /W [1 2 1] /Root 1 0 R /Length 0>> stream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
        var untagged = Encoding.Latin1.GetBytes(ClassicPdf("<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [] /Count 0>>"));

        Assert.Throws<PdfFormatException>(() => PdfFinisher.Finish(crossReferenceStream, info, "http://127.0.0.1:1", NoText));
        var refused = Assert.Throws<PdfFormatException>(() => PdfFinisher.Finish(untagged, info, "http://127.0.0.1:1", NoText));
        Assert.Contains("not tagged", refused.Message, StringComparison.Ordinal);
    }

    private static readonly PdfPageText NoText = new([], new Dictionary<string, string>());

    [Theory]
    [InlineData(1_258_291, "1,2 MB")]
    [InlineData(540_451, "528 kB")]
    [InlineData(300, "1 kB")]
    [InlineData(1_048_575, "1,0 MB")]
    [InlineData(1_047_552, "1 023 kB")]
    [InlineData(15_728_640, "15,0 MB")]
    public void File_sizes_are_written_the_Swedish_way(long bytes, string expected)
    {
        Assert.Equal(expected, SwedishFormat.FileSize(bytes).Replace('\u00A0', ' '));
    }

    /// <summary>A PDF with the given objects (numbered from 1, the first the catalog) and a correct classic cross-reference table.</summary>
    private static string ClassicPdf(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<</Size {objects.Length + 1} /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return text.ToString();
    }

    private static List<string> Uris(PdfStructure pdf) =>
        [.. pdf.Objects
            .Where(o => o.ValueKind == System.Text.Json.JsonValueKind.Object && o.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link" && o.TryGetProperty("/A", out _))
            .Select(o => PdfStructure.Text(pdf.Get(pdf.Get(o, "/A")!.Value, "/URI")!.Value))];
}
