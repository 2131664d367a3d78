using System.Text;
using System.Xml.Linq;
using Lagesbild.Site.Images;

namespace Lagesbild.Site.Tests.Images;

/// <summary>
/// An SVG opened on its own runs in the site's origin. Only what a map or diagram needs passes;
/// everything else, in any spelling a browser would still understand, is an error at its place in
/// the SVG file, and what is published is written anew from what passed.
/// </summary>
public sealed class SvgSafetyTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:h=\"http://www.w3.org/1999/xhtml\" viewBox=\"0 0 10 10\">";

    /// <summary>The adversarial corpus: each body is refused with the code given.</summary>
    [Theory]
    // Script and handlers
    [InlineData("<script>alert(1)</script>", "LB246")]
    [InlineData("<SCRIPT xmlns=\"http://www.w3.org/2000/svg\">alert(1)</SCRIPT>", "LB248")]
    [InlineData("<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/>", "LB246")]
    [InlineData("<rect width=\"1\" height=\"1\" ONLOAD=\"alert(1)\"/>", "LB246")]
    [InlineData("<handler>alert(1)</handler>", "LB246")]
    // Foreign namespaces: XHTML frames, refreshes, sources
    [InlineData("<foreignObject><h:p>x</h:p></foreignObject>", "LB248")]
    [InlineData("<h:iframe src=\"java&#x09;script:alert(1)\"/>", "LB248")]
    [InlineData("<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/>", "LB248")]
    [InlineData("<h:meta http-equiv=\"refresh\" content=\"0;url=https://example.com\"/>", "LB248")]
    [InlineData("<h:img src=\"https://example.com/a.png\"/>", "LB248")]
    [InlineData("<h:img srcset=\"https://example.com/a.png 2x\"/>", "LB248")]
    [InlineData("<h:video poster=\"https://example.com/a.png\"/>", "LB248")]
    [InlineData("<g xmlns=\"http://www.w3.org/1999/xhtml\"/>", "LB248")]
    [InlineData("<x:rect xmlns:x=\"urn:other\" width=\"1\" height=\"1\"/>", "LB248")]
    [InlineData("<rect width=\"1\" height=\"1\" h:src=\"https://example.com/a.png\"/>", "LB249")]
    [InlineData("<iframe/>", "LB248")]
    // Elements a drawing does not need
    [InlineData("<a href=\"#x\"><text>x</text></a>", "LB248")]
    [InlineData("<image href=\"#x\" width=\"1\" height=\"1\"/>", "LB248")]
    [InlineData("<image href=\"data:image/svg+xml;base64,PHN2Zz4=\" width=\"1\" height=\"1\"/>", "LB248")]
    [InlineData("<filter id=\"f\"><feImage href=\"https://example.com/a.png\"/></filter>", "LB248")]
    [InlineData("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "LB248")]
    [InlineData("<animate attributeName=\"href\" values=\"https://example.com\"/>", "LB248")]
    [InlineData("<animateTransform attributeName=\"transform\"/>", "LB248")]
    [InlineData("<switch><rect width=\"1\" height=\"1\"/></switch>", "LB248")]
    [InlineData("<metadata>x</metadata>", "LB248")]
    // References outside the file, in every spelling
    [InlineData("<use href=\"https://example.com/a.svg#x\"/>", "LB250")]
    [InlineData("<use xlink:href=\"http://example.com/a.svg#x\"/>", "LB250")]
    [InlineData("<use href=\"other.svg#x\"/>", "LB250")]
    [InlineData("<use href=\"//example.com/a.svg#x\"/>", "LB250")]
    [InlineData("<use href=\"data:image/svg+xml,&lt;svg/&gt;#x\"/>", "LB250")]
    [InlineData("<use href=\" #x onclick\"/>", "LB250")]
    [InlineData("<use href=\"#x\" xlink:href=\"javascript:alert(1)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url(https://example.com/p.svg#g)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"url( 'x.svg#g')\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"u&#x72;l(https://example.com/p)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"\\75rl(https://example.com/p)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" filter=\"url(data:image/svg+xml,x)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" class=\"java&#x09;script:alert(1)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" class=\"jav&#x0A;ascript&#x3A;alert(1)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" class=\"java\tscript:x\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" class=\"java&#x200B;script:x\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" class=\"vbscript:x\"/>", "LB250")]
    // CSS: only allowed properties, only url(#id), no @ rules, no escapes that hide either
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: url( 'x.svg#g')\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: \\75rl(https://example.com/p)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: \\000075 rl(https://example.com/p)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: u\\rl(https://example.com/p)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: image-set('https://example.com/a.png' 1x)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: -webkit-image-set(url(#a) 1x)\"/>", "LB250")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"background-image: url(#g)\"/>", "LB251")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"behavior: url(#g)\"/>", "LB251")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: expression(alert(1))\"/>", "LB251")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: red; /* x\"/>", "LB251")]
    [InlineData("<rect width=\"1\" height=\"1\" style=\"fill: &quot;red\"/>", "LB251")]
    [InlineData("<style>@import url(#x);</style>", "LB250")]
    [InlineData("<style>@\\69mport 'https://example.com/x.css';</style>", "LB250")]
    [InlineData("<style>@\\000069 mport 'https://example.com/x.css';</style>", "LB250")]
    [InlineData("<style>@font-face { font-family: x }</style>", "LB250")]
    [InlineData("<style>rect { background: url(http://example.com/x.png) }</style>", "LB251")]
    [InlineData("<style>rect { fill: url(http://example.com/x.png) }</style>", "LB250")]
    [InlineData("<style>rect { fill: \\75rl(http://example.com/x.png) }</style>", "LB250")]
    [InlineData("<style>rect { fill: image-set(\"https://example.com/a.png\" 1x) }</style>", "LB250")]
    [InlineData("<style><![CDATA[rect { fill: ur\\6c(//example.com/x.png) }]]></style>", "LB250")]
    [InlineData("<style>a:visited { fill: red }</style>", "LB251")]
    [InlineData("<style>rect { fill: red } } rect { fill: url(//x) }</style>", "LB251")]
    [InlineData("<style>rect { fill: red; { x } }</style>", "LB251")]
    [InlineData("<style>rect { fill: \\5c 75rl(x) }</style>", "LB251")]
    [InlineData("<style>rect { fill: red }</style><style>&lt;/style&gt;</style>", "LB251")]
    // Attributes a drawing does not need, and text where no text belongs
    [InlineData("<rect width=\"1\" height=\"1\" formaction=\"x\"/>", "LB249")]
    [InlineData("<rect width=\"1\" height=\"1\" xlink:title=\"x\"/>", "LB249")]
    [InlineData("<rect width=\"1\" height=\"1\" inkscape:label=\"x\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"/>", "LB249")]
    [InlineData("<g>loose text</g>", "LB248")]
    [InlineData("<rect width=\"1\" height=\"1\" fill=\"red\" id=\"a{b}\"/>", "LB249")]
    public void Refuses_what_a_map_does_not_need_in_any_spelling(string body, string code)
    {
        var result = SvgImage.Read(Encoding.UTF8.GetBytes(Open + "\n" + body + "</svg>"), "karta.svg");

        Assert.Null(result.Size);
        Assert.Null(result.Published);
        var problem = Assert.Single(result.Problems, p => p.Code == code);
        Assert.Equal(2, problem.Line);
        Assert.True(problem.Column >= 1);
        Assert.Contains("SVG-filen innehåller", problem.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("the SVG contains", problem.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + Open + "<text>&x;</text></svg>", 2)]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + Open + "</svg>", 1)]
    [InlineData("<?xml-stylesheet href=\"https://example.com/x.css\"?>" + Open + "</svg>", 1)]
    [InlineData(Open + "\n\n<?xml-stylesheet href=\"https://example.com/x.css\"?></svg>", 3)]
    public void Refuses_document_types_entities_and_style_sheet_instructions(string svg, int line)
    {
        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.Null(result.Published);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("LB252", problem.Code);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Names_the_exact_line_and_column_of_each_problem_and_reports_them_all()
    {
        var svg = Open + "\n  <rect width=\"1\"\n        onclick=\"x\"/>\n  <h:iframe/>\n  <style>\nrect { fill: red }\ncircle { fill: url(//x) }\n</style></svg>";

        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.Equal(
            [("LB246", 3, 9), ("LB248", 4, 3), ("LB250", 7, 10)],
            result.Problems.Select(p => (p.Code, p.Line, p.Column)));
    }

    [Fact]
    public void Publishes_an_ordinary_map_written_anew_with_nothing_but_what_was_judged()
    {
        var svg = Open + """
            <!-- drawn in Inkscape -->
            <title>Karta</title>
            <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><symbol id="s"><circle r="1"/></symbol></defs>
            <style>/* areas */ .a { fill: url(#g); stroke: #333 } text.b > tspan { font-family: "Open Sans", sans-serif }</style>
            <rect class="a" width="10" height="10" fill="url(#g)" style="fill: url( '#g' ); stroke-width: 0.5"/>
            <use href="#s" x="2"/><use xlink:href="#s" x="4"/>
            <text class="b" font-family="sans-serif" xml:space="preserve">Älvsjö &amp; <tspan>Hägersten</tspan></text>
            <path d="M0 0L10 10" transform="translate(1 2) rotate(45)" stroke="rgb(0, 0, 0)" aria-label="Gräns: Älvsjö"/>
            </svg>
            """;

        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.Empty(result.Problems);
        Assert.Equal(new ImageSize(10, 10), result.Size);
        var published = Encoding.UTF8.GetString(result.Published!);
        Assert.DoesNotContain("<!--", published, StringComparison.Ordinal);
        Assert.DoesNotContain("xlink", published, StringComparison.Ordinal);
        Assert.DoesNotContain("xhtml", published, StringComparison.Ordinal);
        Assert.Contains(".a{fill:url(#g);stroke:#333}text.b &gt; tspan{font-family:\"Open Sans\", sans-serif}", published, StringComparison.Ordinal);
        Assert.Contains("style=\"fill:url( '#g' );stroke-width:0.5\"", published, StringComparison.Ordinal);
        var document = XDocument.Parse(published);
        XNamespace svgNamespace = "http://www.w3.org/2000/svg";
        Assert.All(document.Descendants(), e => Assert.Equal(svgNamespace, e.Name.Namespace));
        Assert.Equal(2, document.Descendants(svgNamespace + "use").Count(u => u.Attribute("href")?.Value == "#s"));
        Assert.Equal("Älvsjö & Hägersten", document.Descendants(svgNamespace + "text").Single().Value);

        // Written anew, the file reads the same again: nothing was left for a second pass to change.
        var again = SvgImage.Read(result.Published!, "karta.svg");
        Assert.Equal(result.Published, again.Published);
    }

    [Fact]
    public void Css_escapes_are_published_decoded_so_the_browser_reads_what_was_judged()
    {
        var svg = Open + "<style>rect { fill: \\72 ed }</style><rect width=\"1\" height=\"1\" style=\"stroke: \\000062lue\"/></svg>";

        var result = SvgImage.Read(Encoding.UTF8.GetBytes(svg), "karta.svg");

        Assert.Empty(result.Problems);
        var published = Encoding.UTF8.GetString(result.Published!);
        Assert.Contains("rect{fill:red}", published, StringComparison.Ordinal);
        Assert.Contains("style=\"stroke:blue\"", published, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", published, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_and_other_roots_are_invalid_not_unsafe()
    {
        var broken = SvgImage.Read(Encoding.UTF8.GetBytes(Open + "\n<rect>"), "karta.svg");
        var problem = Assert.Single(broken.Problems);
        Assert.Equal(("LB245", 2), (problem.Code, problem.Line));

        var html = SvgImage.Read(Encoding.UTF8.GetBytes("<html><body/></html>"), "karta.svg");
        Assert.Contains("root element is not `<svg>`", Assert.Single(html.Problems).Message.English, StringComparison.Ordinal);
    }
}
