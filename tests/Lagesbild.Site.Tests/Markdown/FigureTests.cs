using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Markdown;

/// <summary><c>::: figure</c> is a real <c>&lt;figure&gt;</c>: its images, and the rest as a <c>&lt;figcaption&gt;</c> where it was written.</summary>
public sealed class FigureTests
{
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private static AngleSharp.Dom.IElement[] Figures(string body)
    {
        using var site = TestSite.FromText(MinimalSite.Files + "\n-- content/2024/01-kapitel.md --\n---\ntitle: Kapitel\n---\n\n" + body);
        File.WriteAllBytes(Path.Combine(site.ContentDirectory, "2024", "karta.png"), Convert.FromBase64String(OnePixelPng));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return [.. result.Page("2024/kapitel/index.html").QuerySelectorAll(".prose figure.figure")];
    }

    [Fact]
    public void An_image_with_its_legend_below_is_a_figure_with_the_caption_last()
    {
        var figure = Assert.Single(Figures("::: figure\n![Karta över området](karta.png)\n\n**Befolkningstäthet**\n\n- 0–2000\n- 2000–4000\n:::\n"));

        Assert.Equal(["IMG", "FIGCAPTION"], figure.Children.Select(c => c.TagName));
        Assert.Equal("Karta över området", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal(["Befolkningstäthet", "0–2000", "2000–4000"],
            figure.QuerySelectorAll("figcaption strong, figcaption li").Select(e => e.TextContent));
    }

    [Fact]
    public void A_title_written_above_the_image_stays_above_it()
    {
        var figure = Assert.Single(Figures("::: figure\n**Befolkningstäthet**\n\n![Karta](karta.png)\n:::\n"));

        Assert.Equal(["FIGCAPTION", "IMG"], figure.Children.Select(c => c.TagName));
    }

    [Fact]
    public void A_legend_without_an_image_says_the_picture_is_in_the_printed_report_and_keeps_the_legend()
    {
        var figure = Assert.Single(Figures("::: figure\nKarta över stadsdelsområdet.\n:::\n\nText efter.\n"));

        Assert.Equal(["P", "FIGCAPTION"], figure.Children.Select(c => c.TagName));
        Assert.Equal("Bilden finns i den tryckta rapporten och har inte publicerats på webben än.", figure.Children[0].TextContent);
        Assert.Equal("Karta över stadsdelsområdet.", figure.QuerySelector("figcaption")!.TextContent.Trim());
    }

    [Fact]
    public void Check_warns_the_editor_where_a_figure_has_no_picture()
    {
        using var site = TestSite.FromText(MinimalSite.Files + "\n-- content/2024/01-kapitel.md --\n---\ntitle: Kapitel\n---\n\nText.\n\n::: figure\nKarta över stadsdelsområdet.\n:::\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "LB270");
        Assert.Equal(Lagesbild.Site.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(7, warning.Location.Line);
        Assert.Equal(1, warning.Location.Column);
    }
}
