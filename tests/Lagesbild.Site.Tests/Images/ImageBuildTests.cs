using System.Text;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Images;

/// <summary>
/// <c>![alt](bilder/karta.png)</c> in a chapter: the file is published under the edition with a
/// fingerprinted name, and the page shows it with its size, lazily, in the chapter and in print.
/// </summary>
public sealed class ImageBuildTests
{
    private const string Chapter = """
        -- content/2024/02-karta.md --
        ---
        title: Karta
        ---

        Stadsdelsområdet:

        ![Karta över Hägersten-Älvsjö med *fyra* stadsdelar](bilder/karta.png)

        ::: figure
        ![Karta över skolorna](skolor.svg "Skolor 2024")

        Figur 1. Skolorna i området.
        :::
        """;

    private const string Svg = """
        -- content/2024/skolor.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80"><title>Skolor</title><circle cx="10" cy="10" r="5" fill="#1f6fb4"/></svg>
        """;

    [Fact]
    public void A_picture_is_published_under_the_edition_with_a_fingerprint_and_shown_with_its_size()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        var png = TestImages.Png(64, 48);
        WriteBytes(site, "content/2024/bilder/karta.png", png);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var published = Assert.Single(result.Files, f => f.RelativePath.StartsWith("2024/bilder/karta.", StringComparison.Ordinal));
        Assert.Matches(@"^2024/bilder/karta\.[0-9a-f]{8}\.png$", published.RelativePath);
        Assert.Equal(png, published.Content);
        var svgFile = Assert.Single(result.Files, f => f.RelativePath.StartsWith("2024/skolor.", StringComparison.Ordinal));
        Assert.EndsWith(".svg", svgFile.RelativePath, StringComparison.Ordinal);

        var page = result.Page("2024/karta/index.html");
        var map = page.QuerySelector("main img[src$='.png']")!;
        Assert.Equal("/" + published.RelativePath, map.GetAttribute("src"));
        Assert.Equal("Karta över Hägersten-Älvsjö med fyra stadsdelar", map.GetAttribute("alt"));
        Assert.Equal("64", map.GetAttribute("width"));
        Assert.Equal("48", map.GetAttribute("height"));
        Assert.Equal("lazy", map.GetAttribute("loading"));
        Assert.Equal("async", map.GetAttribute("decoding"));

        var schools = page.QuerySelector("main img[src$='.svg']")!;
        Assert.Equal("/" + svgFile.RelativePath, schools.GetAttribute("src"));
        Assert.Equal(("120", "80"), (schools.GetAttribute("width"), schools.GetAttribute("height")));
        Assert.Equal("Skolor 2024", schools.GetAttribute("title"));

        // The print view shows the same pictures
        var print = result.Page("2024/utskrift/index.html");
        Assert.Equal(
            ["/" + published.RelativePath, "/" + svgFile.RelativePath],
            print.QuerySelectorAll(".print-chapter img").Select(i => i.GetAttribute("src")));

        // Unused files in the edition folder are not published
        Assert.DoesNotContain(result.Files, f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_picture_gets_a_new_name_and_the_same_picture_keeps_its_name()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(64, 48));
        var first = PublishedMap(site.Build());
        var again = PublishedMap(site.Build());
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(64, 48, red: 0xC0));
        var changed = PublishedMap(site.Build());

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void A_picture_shown_twice_is_published_once_and_the_base_url_leads_to_it()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-karta.md --
            ---
            title: Karta
            ---

            ![Karta](bilder/karta.png) och igen ![Samma karta](./bilder/karta.png)
            -- content/2024/03-mer.md --
            ---
            title: Mer
            ---

            ![Karta](bilder/karta.png)
            """);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(4, 4));

        var result = site.Build(baseUrl: "/lagesbild/");

        var file = Assert.Single(result.Files, f => f.RelativePath.EndsWith(".png", StringComparison.Ordinal)).RelativePath;
        Assert.All(
            result.Page("2024/karta/index.html").QuerySelectorAll("main img").Concat(result.Page("2024/mer/index.html").QuerySelectorAll("main img")),
            img => Assert.Equal("/lagesbild/" + file, img.GetAttribute("src")));
    }

    [Fact]
    public void A_picture_in_internal_text_is_not_published_in_a_public_build()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-karta.md --
            ---
            title: Karta
            ---

            Offentlig text.

            ::: internal
            ![Intern karta över larmade platser](bilder/intern.png)
            :::
            """);
        WriteBytes(site, "content/2024/bilder/intern.png", TestImages.Png(4, 4));

        Assert.DoesNotContain(site.Build().Files, f => f.RelativePath.Contains("intern", StringComparison.Ordinal));
        Assert.Contains(site.Build(includeInternal: true).Files, f => f.RelativePath.StartsWith("2024/bilder/intern.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_picture_is_a_warning_with_its_position_and_still_builds()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(600, 600).Concat(new byte[520 * 1024]).ToArray());

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("LB247", warning.Code);
        Assert.Equal(
            "content/2024/02-karta.md:7:1: warning: the image file `bilder/karta.png` is 525 KB, which makes the page slow on phones (make it smaller: about 1600 pixels wide at most and under 500 KB, e.g. JPEG or WebP for photos and PNG or SVG for maps) [LB247]",
            Relative(site, warning.Format(Language.English)));
        Assert.Equal(
            "content/2024/02-karta.md:7:1: varning: Bildfilen `bilder/karta.png` är 525 kB, vilket gör sidan långsam i mobilen. (Gör bilden mindre: högst omkring 1600 pixlar bred och under 500 kB, till exempel som JPEG eller WebP för foton och PNG eller SVG för kartor.) [LB247]",
            Relative(site, warning.Format(Language.Swedish)));
    }

    [Fact]
    public void A_picture_too_large_for_a_phone_to_decode_is_an_error_however_small_the_file()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        var png = TestImages.BlankPng(16_000, 16_000);
        Assert.InRange(png.Length, 1, 500 * 1024);
        WriteBytes(site, "content/2024/bilder/karta.png", png);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "content/2024/02-karta.md:7:1: error: the image `bilder/karta.png` is 16000 × 16000 pixels (256 megapixels), more than phones can show (the limit is 8192 pixels on a side and 32 megapixels) (save the picture again in an image editor with about 3200 pixels on its longest side at most) [LB254]",
            Relative(site, error.Format(Language.English)));
        Assert.Equal(
            "content/2024/02-karta.md:7:1: fel: Bilden `bilder/karta.png` är 16000 × 16000 pixlar (256 megapixlar). Så stora bilder kan mobiler inte visa (gränsen är 8192 pixlar på en sida och 32 megapixlar). (Spara om bilden i ett bildprogram med högst omkring 3200 pixlar på längsta sidan.) [LB254]",
            Relative(site, error.Format(Language.Swedish)));
    }

    [Theory]
    [InlineData(8193, 10, "LB254")]
    [InlineData(6000, 6000, "LB254")]
    [InlineData(8192, 3000, "LB253")]
    [InlineData(4001, 10, "LB253")]
    [InlineData(4000, 4000, null)]
    [InlineData(3200, 1800, null)]
    public void Pixel_limits_warn_above_what_a_page_needs_and_stop_above_what_a_phone_decodes(int width, int height, string? code)
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.BlankPng(width, height));

        var result = site.Build();

        Assert.Equal(code, result.Diagnostics.SingleOrDefault()?.Code);
        Assert.Equal(code != "LB254", result.Succeeded);
    }

    [Fact]
    public void The_warning_for_many_pixels_names_the_size_in_both_languages()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.BlankPng(5000, 100));

        var warning = Assert.Single(site.Build().Diagnostics);

        Assert.Equal(
            "content/2024/02-karta.md:7:1: warning: the image `bilder/karta.png` is 5000 × 100 pixels, far larger than a page shows; it makes the page slow and may blur on phones (save the picture again in an image editor with about 3200 pixels on its longest side at most) [LB253]",
            Relative(site, warning.Format(Language.English)));
        Assert.Equal(
            "content/2024/02-karta.md:7:1: varning: Bilden `bilder/karta.png` är 5000 × 100 pixlar, mycket större än en sida visar. Den gör sidan långsam och kan bli suddig i mobilen. (Spara om bilden i ett bildprogram med högst omkring 3200 pixlar på längsta sidan.) [LB253]",
            Relative(site, warning.Format(Language.Swedish)));
    }

    [Fact]
    public void A_published_svg_is_the_checked_drawing_written_anew_not_the_editors_bytes()
    {
        using var site = MinimalSite.With(Chapter + """

            -- content/2024/skolor.svg --
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Ritad i ett ritprogram -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 80">
              <defs><circle id="p" r="5"/></defs>
              <use xlink:href="#p" x="10" y="10" style="fill: \000023 1f6fb4"/>
            </svg>
            """);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(4, 4));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var svg = Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.RelativePath.StartsWith("2024/skolor.", StringComparison.Ordinal)).Content);
        Assert.Equal(
            "<svg viewBox=\"0 0 120 80\" xmlns=\"http://www.w3.org/2000/svg\">\n  <defs><circle id=\"p\" r=\"5\" /></defs>\n  <use href=\"#p\" x=\"10\" y=\"10\" style=\"fill:#1f6fb4\" />\n</svg>",
            svg);
    }

    [Fact]
    public void A_picture_reached_through_a_symbolic_link_is_refused()
    {
        using var site = MinimalSite.With(Chapter + "\n" + Svg);
        using var outside = new TempDirectory();
        WriteBytes(site, "content/2024/annat/karta.png", TestImages.Png(4, 4));
        File.WriteAllBytes(Path.Combine(outside.Path, "karta.png"), TestImages.Png(4, 4));
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "2024", "bilder"), outside.Path);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        // The image names the place it is used; the content walk names the link itself.
        var error = Assert.Single(result.Diagnostics, d => d.Code == "LB242");
        Assert.Equal("content/2024/02-karta.md:7:1", Relative(site, error.Location.ToString()));
        var link = Assert.Single(result.Diagnostics, d => d.Code == "LB402");
        Assert.Equal("content/2024/bilder:1:1: error: symbolic links are not allowed in content/ (replace the link with a copy of the file or folder) [LB402]", Relative(site, link.Format(Language.English)));
        Assert.Equal("content/2024/bilder:1:1: fel: Det här är en genväg (symbolisk länk). Genvägar är inte tillåtna i content/. (Ersätt genvägen med en kopia av filen eller mappen.) [LB402]", Relative(site, link.Format(Language.Swedish)));
        Assert.Contains("symbolic link", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![](bilder/karta.png)")]
    [InlineData("![   ](bilder/karta.png)")]
    public void A_picture_without_alt_text_is_an_error_at_the_picture(string markdown)
    {
        using var site = MinimalSite.With($"""
            -- content/2024/02-karta.md --
            ---
            title: Karta
            ---

            Text före. {markdown}
            """);
        WriteBytes(site, "content/2024/bilder/karta.png", TestImages.Png(4, 4));

        var result = site.Build();

        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("LB212", "content/2024/02-karta.md:5:12"), (error.Code, Relative(site, error.Location.ToString())));
    }

    private static string PublishedMap(Lagesbild.Site.Build.BuildResult result) =>
        Assert.Single(result.Files, f => f.RelativePath.EndsWith(".png", StringComparison.Ordinal)).RelativePath;

    private static string Relative(TestSite site, string path) => path.Replace(site.Root + "/", "", StringComparison.Ordinal);

    private static void WriteBytes(TestSite site, string relativePath, byte[] bytes)
    {
        var path = Path.Combine([site.Root, .. relativePath.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
