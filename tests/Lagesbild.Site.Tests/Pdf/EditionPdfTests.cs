using System.Text.Json;
using Lagesbild.Site.Render;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Pdf;

/// <summary>
/// The frozen 2024 report as a PDF (the <c>pdf</c> command): what a screen reader, a PDF viewer and
/// a reader with a slow connection get, read from the file's structure by qpdf and poppler, not
/// from the code that wrote it. PDF/UA-1 is the target: tagged, language, title shown, headings,
/// tables with header cells, figures with alternatives, bookmarks, page numbers, working links.
/// </summary>
public sealed class EditionPdfTests : IClassFixture<FrozenPdf>
{
    private readonly FrozenPdf _pdf;

    public EditionPdfTests(FrozenPdf pdf)
    {
        _pdf = pdf;
    }

    [SkippableFact]
    public void The_PDF_is_tagged_Swedish_and_shows_the_edition_title_in_the_title_bar()
    {
        var pdf = Structure();
        var info = PdfStructure.Tool.Run("pdfinfo", _pdf.Pdf);

        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Contains("Title:           Lägesbild 2024\n", info, StringComparison.Ordinal);
        var catalog = pdf.Catalog;
        Assert.Equal("sv", PdfStructure.Text(pdf.Get(catalog, "/Lang")!.Value));
        Assert.True(pdf.Get(pdf.Get(catalog, "/MarkInfo")!.Value, "/Marked")!.Value.GetBoolean());
        Assert.True(pdf.Get(pdf.Get(catalog, "/ViewerPreferences")!.Value, "/DisplayDocTitle")!.Value.GetBoolean());
        var xmp = pdf.StreamText(catalog.GetProperty("/Metadata"));
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">Lägesbild 2024</rdf:li>", xmp, StringComparison.Ordinal);
        // Dates are the edition's published date, never the build's clock.
        Assert.Contains("CreationDate:    Sun Dec  1 00:00:00 2024 UTC", info, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2024-12-01T00:00:00Z</xmp:CreateDate>", xmp, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_structure_tree_has_headings_paragraphs_lists_and_tables_with_header_cells()
    {
        var pdf = Structure();
        var elements = pdf.StructureElements().ToList();
        var types = elements.Select(e => e.Type).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["Document", "H1", "H2", "H3", "H4", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure", "Link"]), types);
        Assert.Single(elements, e => e.Type == "H1");
        // Every table of the report has header cells, and every header cell sits in a table.
        var tables = elements.Where(e => e.Type == "Table").Select(e => e.Element).ToList();
        var headerCells = elements.Where(e => e.Type == "TH").Select(e => e.Element).ToList();
        var tablesWithHeaders = headerCells.Select(th => Ancestor(pdf, th, "Table")).ToList();
        Assert.DoesNotContain(null, tablesWithHeaders);
        Assert.Equal(tables.Count, tablesWithHeaders.Select(t => t!.Value.GetRawText()).Distinct().Count());
        Assert.Equal(HtmlTables(), tables.Count);
        // Every type is a PDF 1.7 standard type or mapped to one (PDF/UA-1 7.1).
        var roleMap = pdf.Get(pdf.Get(pdf.Catalog, "/StructTreeRoot")!.Value, "/RoleMap");
        var mapped = roleMap is { } map ? map.EnumerateObject().Select(p => p.Name[1..]).ToHashSet() : [];
        string[] standard = ["Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form"];
        Assert.All(types, type => Assert.True(standard.Contains(type) || mapped.Contains(type), $"/{type} is neither standard nor in the RoleMap"));
    }

    [SkippableFact]
    public void Every_figure_has_its_alternative_text_and_every_chart_is_one()
    {
        var pdf = Structure();
        var figures = pdf.StructureElements().Where(e => e.Type == "Figure").Select(e => e.Element).ToList();

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.TryGetProperty("/Alt", out var alt) ? PdfStructure.Text(alt) : null), "a Figure without /Alt"));
        var alternatives = figures.Select(f => Normalize(PdfStructure.Text(f.GetProperty("/Alt")))).ToHashSet(StringComparer.Ordinal);
        var print = _pdf.Run.Page("2024/utskrift/index.html");
        var charts = print.QuerySelectorAll("svg[role=img]").Select(svg => Normalize(print.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent)).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, chart => Assert.Contains(chart, alternatives));
    }

    [SkippableFact]
    public void The_bookmarks_are_the_headings_of_the_print_view()
    {
        var pdf = Structure();
        var print = _pdf.Run.Page("2024/utskrift/index.html");
        var headings = print.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")
            .Select(h =>
            {
                foreach (var anchor in h.QuerySelectorAll(".heading-anchor").ToList())
                {
                    anchor.Remove();
                }

                return (int.Parse(h.LocalName[1..], System.Globalization.CultureInfo.InvariantCulture) - 1, h.NormalizedText());
            })
            .ToList();

        var outline = pdf.Outline().Select(o => (o.Depth, Normalize(o.Title))).ToList();

        Assert.Equal(headings, outline);
        Assert.Contains((1, "Lägesbild verksamhetsområde individ- och familjeomsorg, barn och unga Hägersten-Älvsjö stadsdelsförvaltning 2024"), outline);
    }

    [SkippableFact]
    public void Every_page_after_the_cover_shows_its_number()
    {
        Skip.IfNot(Require());
        var info = PdfStructure.Tool.Run("pdfinfo", _pdf.Pdf);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(pages > 10, $"{pages} pages");
        Assert.DoesNotContain("Sida 1 av", PageText(1), StringComparison.Ordinal);
        for (var page = 2; page <= pages; page++)
        {
            Assert.Contains($"Sida {page} av {pages}", PageText(page), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Every_link_leads_somewhere_and_the_contents_link_to_their_chapters()
    {
        var pdf = Structure();
        var destinations = pdf.Get(pdf.Catalog, "/Dests")!.Value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var links = pdf.Objects.Where(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link").ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            if (link.TryGetProperty("/Dest", out var dest))
            {
                Assert.Contains(dest.GetString()!, destinations);
            }
            else
            {
                var uri = PdfStructure.Text(pdf.Get(pdf.Get(link, "/A")!.Value, "/URI")!.Value);
                Assert.Matches("^(https?://|/|mailto:)", uri);
                Assert.DoesNotContain("127.0.0.1", uri, StringComparison.Ordinal);
            }
        }

        // Each entry of the contents is a link to its chapter that says, in words, which (PDF/UA-1 7.18.5).
        var contents = _pdf.Run.Page("2024/utskrift/index.html").QuerySelectorAll(".print-toc a").Select(a => ("/" + a.GetAttribute("href")![1..], a.NormalizedText())).ToList();
        var internalLinks = links.Where(l => l.TryGetProperty("/Dest", out _)).Select(l => (l.GetProperty("/Dest").GetString()!, PdfStructure.Text(l.GetProperty("/Contents")))).ToHashSet();
        Assert.Equal(14, contents.Count);
        Assert.All(contents, entry => Assert.Contains(entry, internalLinks));
        Assert.All(links, link => Assert.False(string.IsNullOrWhiteSpace(PdfStructure.Text(link.GetProperty("/Contents")))));
    }

    [SkippableFact]
    public void Text_and_charts_are_text_not_pictures()
    {
        Skip.IfNot(Require());
        Prerequisite.RequireOrSkip(Prerequisite.OnPath("pdfimages"), "pdfimages (poppler-utils) is not installed (apt-get install poppler-utils; .ci/run installs it)");

        // The frozen report has no pictures, so any image in its PDF would be drawn text.
        var images = PdfStructure.Tool.Run("pdfimages", "-list", _pdf.Pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0);
        Assert.Empty(images);
        var text = Normalize(PdfStructure.Tool.Run("pdftotext", _pdf.Pdf, "-"));
        Assert.Contains("Hägersten-Älvsjö 5 518", text, StringComparison.Ordinal); // a bar label of a chart
        Assert.Contains("214 755", text, StringComparison.Ordinal); // a table's total
        // Printed from the print view as a build without the PDF renders it: no link to itself.
        Assert.DoesNotContain("Ladda ner hela rapporten", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_edition_home_and_the_print_view_link_the_PDF_with_its_size()
    {
        Skip.IfNot(Require());
        var size = SwedishFormat.FileSize(new FileInfo(_pdf.Pdf).Length).Replace('\u00A0', ' ');

        foreach (var page in new[] { "2024/index.html", "index.html", "2024/utskrift/index.html" })
        {
            var link = Assert.Single(_pdf.Run.Page(page).QuerySelectorAll("a[href$='.pdf']"));
            Assert.Equal("/" + FrozenPdf.PdfPath, link.GetAttribute("href"));
            Assert.Equal($"Ladda ner hela rapporten (PDF, {size})", link.NormalizedText().Replace('\u00A0', ' '));
        }

        Assert.Matches(@"^PDF 2024/lagesbild-2024\.pdf \([0-9]+\u00A0kB, printed by Chromium\)\.$", _pdf.Run.Output.Split('\n')[1].Trim());
    }

    [SkippableFact]
    public void Two_prints_of_an_unchanged_edition_are_the_same_bytes_and_a_third_comes_from_the_cache()
    {
        Skip.IfNot(Require());
        var first = File.ReadAllBytes(_pdf.Pdf);

        var again = _pdf.Make("cache-2", "site-2");
        var cached = _pdf.Make("cache", "site-3");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("printed by Chromium", again.Output, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(again.File(FrozenPdf.PdfPath)));
        Assert.Contains("unchanged, from the cache", cached.Output, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(cached.File(FrozenPdf.PdfPath)));
        Assert.Equal(File.ReadAllBytes(_pdf.Run.File("2024/index.html")), File.ReadAllBytes(again.File("2024/index.html")));
        var check = PdfStructure.Tool.Run("qpdf", "--check", _pdf.Pdf);
        Assert.Contains("No syntax or stream encoding errors found", check, StringComparison.Ordinal);
    }

    private static JsonElement? Ancestor(PdfStructure pdf, JsonElement element, string type)
    {
        for (var current = pdf.Get(element, "/P"); current is { } parent; current = pdf.Get(parent, "/P"))
        {
            if (parent.TryGetProperty("/S", out var s) && s.GetString() == "/" + type)
            {
                return parent;
            }
        }

        return null;
    }

    private int HtmlTables() => _pdf.Run.Page("2024/utskrift/index.html").QuerySelectorAll("main table").Count(t => t.Closest(".table-stacked") is null);

    private bool Require()
    {
        Chromium.RequireOrSkip();
        Prerequisite.RequireOrSkip(Prerequisite.OnPath("pdftotext") && Prerequisite.OnPath("pdfinfo"), "pdftotext and pdfinfo (poppler-utils) are not installed (apt-get install poppler-utils; .ci/run installs it)");
        PdfStructure.RequireQpdf();
        return true;
    }

    private PdfStructure Structure()
    {
        Skip.IfNot(Require());
        return PdfStructure.Read(_pdf.Pdf);
    }

    private string PageText(int page) =>
        PdfStructure.Tool.Run("pdftotext", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), _pdf.Pdf, "-");

    private static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
