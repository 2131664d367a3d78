using System.Text;
using Lagesbild.Site.Images;

namespace Lagesbild.Site.Tests.Images;

/// <summary>
/// An SVG opened on its own runs in the site's origin: anything that could run script or fetch
/// from another host is refused, and ordinary drawings (gradients, symbols, styles) are not.
/// </summary>
public sealed class SvgSafetyTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    [Theory]
    [InlineData("<script>alert(1)</script>", "`<script>`")]
    [InlineData("<SCRIPT xmlns=\"http://www.w3.org/2000/svg\">alert(1)</SCRIPT>", "`<SCRIPT>`")]
    [InlineData("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>", "`onclick`")]
    [InlineData("<rect width=\"1\" height=\"1\" ONLOAD=\"alert(1)\"/>", "`ONLOAD`")]
    [InlineData("<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>", "`<foreignObject>`")]
    [InlineData("<image href=\"https://example.com/a.png\" width=\"1\" height=\"1\"/>", "`href`")]
    [InlineData("<use xlink:href=\"other.svg#a\"/>", "`xlink:href`")]
    [InlineData("<a href=\"javascript:alert(1)\"><text>x</text></a>", "`href`")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(https://example.com/p.svg#g)\"/>", "`fill`")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: url( 'x.svg#g')\"/>", "`style`")]
    [InlineData("<style>@import url(#x);</style>", "`@import`")]
    [InlineData("<style>rect { background: url(http://example.com/x.png) }</style>", "`url(…)`")]
    [InlineData("<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>", "`attributeName`")]
    [InlineData("<animate attributeName=\"onclick\" values=\"alert(1)\"/>", "`attributeName`")]
    [InlineData("<iframe/>", "`<iframe>`")]
    public void Refuses_an_svg_that_can_run_script_or_load_from_elsewhere(string body, string named)
    {
        var result = SvgImage.Read(Encoding.UTF8.GetBytes(Open + body + "</svg>"), "karta.svg");

        Assert.True(result.IsUnsafe);
        Assert.Null(result.Size);
        Assert.Contains(named, result.Problem!.English, StringComparison.Ordinal);
        Assert.Contains("(line 1 of the file)", result.Problem.English, StringComparison.Ordinal);
        Assert.Contains("kan köra skript", result.Problem.Swedish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + Open + "<text>&x;</text></svg>")]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + Open + "</svg>")]
    [InlineData("<?xml-stylesheet href=\"https://example.com/x.css\"?>" + Open + "</svg>")]
    public void Refuses_document_types_entities_and_style_sheet_instructions(string svg)
    {
        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.True(result.IsUnsafe);
        Assert.Null(result.Size);
    }

    [Fact]
    public void Accepts_an_ordinary_map_with_gradients_symbols_links_inside_the_file_and_styles()
    {
        var svg = Open + """
            <title>Karta</title>
            <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><symbol id="s"><circle r="1"/></symbol></defs>
            <style>.a { fill: url(#g); stroke: #333 }</style>
            <rect class="a" width="10" height="10" fill="url(#g)" style="fill: url( '#g' )"/>
            <use href="#s" x="2"/><use xlink:href="#s" x="4"/>
            <text font-family="sans-serif">Älvsjö</text>
            </svg>
            """;

        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.Null(result.Problem);
        Assert.Equal(new ImageSize(10, 10), result.Size);
    }

    [Fact]
    public void Broken_xml_and_other_roots_are_invalid_not_unsafe()
    {
        var broken = SvgImage.Read(Encoding.UTF8.GetBytes(Open + "\n<rect>"), "karta.svg");
        Assert.False(broken.IsUnsafe);
        Assert.Contains("(the error is on line 2 of the file)", broken.Problem!.English, StringComparison.Ordinal);

        var html = SvgImage.Read(Encoding.UTF8.GetBytes("<html><body/></html>"), "karta.svg");
        Assert.False(html.IsUnsafe);
        Assert.Contains("root element is not `<svg>`", html.Problem!.English, StringComparison.Ordinal);
    }
}
