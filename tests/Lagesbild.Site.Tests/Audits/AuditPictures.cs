using Lagesbild.Site.Tests.Images;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>
/// The live content has no pictures yet, but editors will add maps: each edition of the audited
/// copy gets a chapter with a figure (an SVG map with its caption) and a PNG, both with alt text,
/// so axe, the Nu Html Checker, the keyboard and no-JavaScript checks and the print view meet images.
/// </summary>
public static class AuditPictures
{
    /// <summary>The slug of the added chapter.</summary>
    public const string Slug = "bilder-i-granskningen";

    public static void AddTo(TestSite site)
    {
        foreach (var edition in Directory.EnumerateDirectories(site.ContentDirectory).Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            var year = Path.GetFileName(edition);
            site.Write($"content/{year}/99-{Slug}.md", """
                ---
                title: Karta och bild
                ---

                Kartan visar stadsdelsområdet.

                ::: figure
                ![Karta över Hägersten-Älvsjö stadsdelsområde med gränserna mellan stadsdelarna](bilder/karta.svg)

                Karta 1. Stadsdelsområdet. Källa: testbild.
                :::

                ![Ett blått fält som står för en bild i rapporten](bilder/foto.png)
                """);
            site.Write($"content/{year}/bilder/karta.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200">
                <rect width="320" height="200" fill="#e8f0f8"/>
                <path d="M20 180 L120 20 L300 60 L260 180 Z" fill="none" stroke="#1f3b57" stroke-width="3"/>
                </svg>
                """);
            File.WriteAllBytes(Path.Combine(site.ContentDirectory, year, "bilder", "foto.png"), TestImages.Png(320, 200));
        }
    }
}
