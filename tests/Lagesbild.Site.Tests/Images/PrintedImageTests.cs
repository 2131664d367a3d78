using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Images;

/// <summary>
/// Pictures load lazily on screen, yet the printed report (the print view saved as PDF) must
/// still contain them, also those far below the first screen.
/// </summary>
public sealed class PrintedImageTests
{
    [SkippableFact]
    public void The_printed_PDF_contains_a_picture_from_the_end_of_the_report()
    {
        Chromium.RequireOrSkip();
        Prerequisite.RequireOrSkip(Prerequisite.OnPath("pdfimages"), "pdfimages (poppler-utils) is not installed (apt-get install poppler-utils; .ci/run installs it)");
        var filler = string.Join("\n\n", Enumerable.Range(1, 80).Select(i => $"Stycke {i} med text som fyller ut sidan, så att kartan hamnar långt ned i rapporten."));
        using var site = MinimalSite.With($"""
            -- content/2024/02-karta.md --
            ---
            title: Karta
            ---

            {filler}

            ![Karta över stadsdelsområdet](bilder/karta.png)
            """);
        var path = Path.Combine(site.ContentDirectory, "2024", "bilder", "karta.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, TestImages.Png(320, 200));
        Assert.True(site.BuildAndWrite().Succeeded);
        using var server = new StaticSiteServer(site.OutputDirectory);
        using var profile = new TempDirectory();
        var pdf = Path.Combine(profile.Path, "rapport.pdf");

        Chromium.Run(profile.Combine("chromium"), "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(server.BaseAddress, "2024/utskrift/").ToString());

        Assert.True(File.Exists(pdf), "Chromium wrote no PDF");
        var images = ImageList(pdf);
        Assert.Contains(images, line => line.Contains(" 320 ", StringComparison.Ordinal) && line.Contains(" 200 ", StringComparison.Ordinal));
    }

    /// <summary>The rows of <c>pdfimages -list</c>: page, number, type, width, height, …</summary>
    private static List<string> ImageList(string pdf)
    {
        var list = ExternalProcess.Run("pdfimages", ["-list", pdf]).Succeeded("pdfimages -list").Text;
        return list.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
    }
}
