using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Pdf;

/// <summary>Chromium wrote a PDF whose layout the finisher does not know (a cross-reference stream, an update section, no structure tree).</summary>
public sealed class PdfFormatException(string message) : Exception(message);

/// <summary>
/// Turns Chromium's print of the print view into the published file. Chromium (Skia) already
/// writes the structure tree, the outline, <c>/Lang</c> and DisplayDocTitle; what it leaves is
/// made right here:
/// <list type="bullet">
/// <item>the clock and the browser's counters: CreationDate/ModDate become the edition's published
/// date, structure IDs made of DOM node numbers are renumbered, and <c>/ID</c> is a hash of the
/// content, so a rebuild of an unchanged edition writes the same bytes;</item>
/// <item>the title: the edition's title, not the page's <c>&lt;title&gt;</c>, in the document
/// information and in XMP metadata, which also names PDF/UA-1 (<c>pdfuaid:part</c>);</item>
/// <item>structure: a <c>&lt;figure&gt;</c> that only groups a table or a caption is tagged
/// <c>Figure</c> without alternative text, which PDF/UA forbids; it becomes a <c>Div</c>. Types
/// from PDF 2.0 (<c>Strong</c>, <c>Em</c>) get a RoleMap to their PDF 1.7 standard types;</item>
/// <item>links: the loopback address Chromium printed from becomes the site's public address;</item>
/// <item>bookmarks: Chromium takes a bookmark's title from the heading's laid-out lines and drops
/// the space where a long heading wraps ("familjeomsorg,barn"); a title that equals a heading but
/// for whitespace gets the heading's own text;</item>
/// <item>link descriptions: PDF/UA wants every link annotation to say in words where it leads
/// (<c>/Contents</c>): the heading or chapter it points at, or its web address.</item>
/// </list>
/// The file is parsed by its classic cross-reference table and written again whole, each object
/// copied or edited and a new table written from the new offsets, so every offset is right by
/// construction. Anything else than the one-section layout Skia writes is refused
/// (<see cref="PdfFormatException"/>) rather than guessed at.
/// </summary>
public static partial class PdfFinisher
{
    /// <summary>Bumped whenever the output for the same input changes, so cached PDFs made by an older finisher are not used.</summary>
    public const int Version = 2;

    /// <summary>The structure types of PDF 1.7 (ISO 32000-1, 14.8.4); others need a RoleMap entry.</summary>
    private static readonly HashSet<string> StandardTypes = new(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    };

    /// <summary>PDF 2.0 types Chromium writes, mapped to the PDF 1.7 type that means the same; an unknown one maps to NonStruct (its content stays, its meaning is not claimed).</summary>
    private static readonly Dictionary<string, string> RoleMap = new(StringComparer.Ordinal)
    {
        ["Strong"] = "Span",
        ["Em"] = "Span",
        ["Sub"] = "Span",
        ["Title"] = "P",
        ["FENote"] = "Note",
        ["Aside"] = "Div",
        ["DocumentFragment"] = "Div",
    };

    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <param name="pdf">Chromium's PDF.</param>
    /// <param name="printOrigin">The loopback origin the page was printed from (<c>http://127.0.0.1:port</c>), to be replaced in links.</param>
    /// <param name="page">The page's headings and anchors, to mend bookmark titles and describe links with.</param>
    public static byte[] Finish(byte[] pdf, PdfDocumentInfo info, string printOrigin, PdfPageText page)
    {
        var headingText = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var heading in page.Headings)
        {
            headingText.TryAdd(WithoutWhitespace(heading), heading);
        }

        // Latin-1 maps every byte to one char and back, so string positions are byte offsets.
        var text = Latin1.GetString(pdf);
        var xrefOffset = StartXref(text);
        var (offsets, trailer) = ReadXref(text, xrefOffset);
        if (trailer.Contains("/Prev", StringComparison.Ordinal) || trailer.Contains("/Encrypt", StringComparison.Ordinal))
        {
            throw new PdfFormatException("the PDF has an update section or is encrypted");
        }

        var size = Number(trailer, "/Size") ?? throw new PdfFormatException("the trailer has no /Size");
        var root = Reference(trailer, "/Root") ?? throw new PdfFormatException("the trailer has no /Root");
        var infoObject = Reference(trailer, "/Info");

        var order = offsets.OrderBy(o => o.Value).Select(o => o.Key).ToList();
        if (order.Count == 0)
        {
            throw new PdfFormatException("the PDF has no objects");
        }

        var bodies = new Dictionary<int, string>();
        for (var i = 0; i < order.Count; i++)
        {
            var start = offsets[order[i]];
            var end = i + 1 < order.Count ? offsets[order[i + 1]] : xrefOffset;
            var body = text[start..end];
            if (!body.StartsWith($"{order[i].ToString(CultureInfo.InvariantCulture)} 0 obj", StringComparison.Ordinal))
            {
                throw new PdfFormatException($"object {order[i]} is not where the cross-reference table says");
            }

            bodies[order[i]] = body;
        }

        var metadata = size;
        var producer = infoObject is { } existing && ProducerPattern().Match(bodies[existing]) is { Success: true } m ? m.Groups[1].Value : "Chromium";
        var catalog = bodies[root];
        var structTreeRoot = Reference(catalog, "/StructTreeRoot") ?? throw new PdfFormatException("the PDF is not tagged (no /StructTreeRoot)");
        bodies[root] = Catalog(catalog, metadata, info.Language);

        var nodeIds = NodeIds(order.Select(n => bodies[n]).Where(b => !IsStream(b)));
        var unmapped = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var number in order)
        {
            var body = bodies[number];
            if (IsStream(body))
            {
                continue;
            }

            if (body.Contains("/Type /StructElem", StringComparison.Ordinal) && StructTypePattern().Match(body) is { Success: true } type)
            {
                var name = type.Groups[1].Value;
                if (name == "Figure" && !body.Contains("/Alt", StringComparison.Ordinal))
                {
                    body = body.Replace("/S /Figure", "/S /Div", StringComparison.Ordinal);
                }
                else if (!StandardTypes.Contains(name))
                {
                    unmapped.Add(name);
                }
            }

            if (body.Contains("/Parent", StringComparison.Ordinal) && OutlineTitlePattern().Match(body) is { Success: true } title
                && headingText.TryGetValue(WithoutWhitespace(TitleText(title)), out var asWritten))
            {
                body = string.Concat(body.AsSpan(0, title.Index), "/Title " + TextString(asWritten), body.AsSpan(title.Index + title.Length));
            }

            body = NodeIdPattern().Replace(body, id => $"(node{nodeIds[id.Groups[1].Value]})");
            body = body.Replace("(" + printOrigin, "(" + (info.SiteOrigin ?? ""), StringComparison.Ordinal);
            if (body.Contains("/Subtype /Link", StringComparison.Ordinal) && !body.Contains("/Contents", StringComparison.Ordinal))
            {
                body = InsertKeys(body, $"/Contents {TextString(LinkDescription(body, page.Anchors))}\n", null);
            }

            bodies[number] = body;
        }

        if (unmapped.Count > 0)
        {
            var map = string.Concat(unmapped.Select(n => $"/{n} /{RoleMap.GetValueOrDefault(n, "NonStruct")}"));
            bodies[structTreeRoot] = InsertKeys(bodies[structTreeRoot], $"/RoleMap <<{map}>>\n", "/RoleMap");
        }

        var date = info.Published.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var infoNumber = infoObject ?? size + 1;
        bodies[infoNumber] = Object(infoNumber,
            $"<</Title {TextString(info.Title)}\n/Creator (Lagesbild.Site)\n/Producer {TextString(producer)}\n/CreationDate (D:{date}000000Z)\n/ModDate (D:{date}000000Z)>>");
        if (infoObject is null)
        {
            order.Add(infoNumber);
        }

        var output = new StringBuilder(text.Length + 4096);
        output.Append(text, 0, offsets[order[0]]);
        var written = new SortedDictionary<int, int>();
        foreach (var number in order)
        {
            written[number] = output.Length;
            output.Append(bodies[number]);
            if (bodies[number][^1] != '\n')
            {
                output.Append('\n');
            }
        }

        var xmp = Latin1.GetString(Encoding.UTF8.GetBytes(Xmp(info, producer)));
        written[metadata] = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"{metadata} 0 obj\n<</Type /Metadata\n/Subtype /XML\n/Length {xmp.Length}>> stream\n{xmp}\nendstream\nendobj\n");

        var newSize = Math.Max(size + 1, infoNumber + 1);
        var id = Convert.ToHexString(SHA256.HashData(Latin1.GetBytes(output.ToString())).AsSpan(0, 16));
        var xref = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"xref\n0 {newSize}\n0000000000 65535 f \n");
        for (var number = 1; number < newSize; number++)
        {
            output.Append(written.TryGetValue(number, out var offset)
                ? offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n"
                : "0000000000 00000 f \n");
        }

        output.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {newSize}\n/Root {root} 0 R\n/Info {infoNumber} 0 R\n/ID [<{id}> <{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1.GetBytes(output.ToString());
    }

    private static int StartXref(string text)
    {
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0 || !int.TryParse(text.AsSpan(at + 9).Trim().ToString().Split('\n', '\r')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || offset <= 0 || offset >= text.Length || !text.AsSpan(offset).StartsWith("xref", StringComparison.Ordinal))
        {
            throw new PdfFormatException("no classic cross-reference table at startxref");
        }

        return offset;
    }

    /// <summary>The in-use objects' offsets (generation 0 only) and the trailer dictionary's text.</summary>
    private static (Dictionary<int, int> Offsets, string Trailer) ReadXref(string text, int xrefOffset)
    {
        var offsets = new Dictionary<int, int>();
        var position = xrefOffset + 4;
        while (true)
        {
            var section = SubsectionPattern().Match(text, position);
            if (!section.Success || section.Index != position)
            {
                break;
            }

            var first = int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(section.Groups[2].Value, CultureInfo.InvariantCulture);
            position = section.Index + section.Length;
            for (var i = 0; i < count; i++)
            {
                var entry = EntryPattern().Match(text, position);
                if (!entry.Success || entry.Index != position)
                {
                    throw new PdfFormatException("a cross-reference entry is malformed");
                }

                if (entry.Groups[3].Value == "n")
                {
                    if (entry.Groups[2].Value != "00000")
                    {
                        throw new PdfFormatException("an object has a generation other than 0");
                    }

                    offsets[first + i] = int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
                }

                position += entry.Length;
            }
        }

        var trailerAt = text.IndexOf("trailer", position, StringComparison.Ordinal);
        var end = text.IndexOf("startxref", position, StringComparison.Ordinal);
        if (trailerAt < 0 || end < trailerAt)
        {
            throw new PdfFormatException("no trailer after the cross-reference table");
        }

        return (offsets, text[trailerAt..end]);
    }

    /// <summary>
    /// Structure elements that others point at (a header cell a data cell names) carry Blink's DOM
    /// node number as their ID, which depends on how many nodes the browser made before: it differs
    /// from print to print. Each number is replaced by its rank, same width, so the ID tree stays
    /// sorted and two prints of the same page get the same IDs.
    /// </summary>
    private static Dictionary<string, string> NodeIds(IEnumerable<string> bodies) =>
        bodies.SelectMany(b => NodeIdPattern().Matches(b).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select((id, rank) => (id, rank))
            .ToDictionary(p => p.id, p => (p.rank + 1).ToString("D8", CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static string Catalog(string catalog, int metadata, string language)
    {
        if (catalog.Contains("/Metadata", StringComparison.Ordinal))
        {
            throw new PdfFormatException("the catalog already has /Metadata");
        }

        var keys = $"/Metadata {metadata.ToString(CultureInfo.InvariantCulture)} 0 R\n";
        if (!catalog.Contains("/Lang", StringComparison.Ordinal))
        {
            keys += $"/Lang {TextString(language)}\n";
        }

        if (!catalog.Contains("/ViewerPreferences", StringComparison.Ordinal))
        {
            keys += "/ViewerPreferences <</DisplayDocTitle true>>\n";
        }
        else if (!catalog.Contains("/DisplayDocTitle true", StringComparison.Ordinal))
        {
            throw new PdfFormatException("the catalog's /ViewerPreferences do not show the title");
        }

        return InsertKeys(catalog, keys, null);
    }

    /// <summary>Adds keys right after the object's opening <c>&lt;&lt;</c>.</summary>
    private static string InsertKeys(string body, string keys, string? mustBeAbsent)
    {
        var open = body.IndexOf("<<", StringComparison.Ordinal);
        if (open < 0 || (mustBeAbsent is not null && body.Contains(mustBeAbsent, StringComparison.Ordinal)))
        {
            throw new PdfFormatException("an object to extend is not a dictionary, or already has the key");
        }

        return body.Insert(open + 2, keys);
    }

    private static string Object(int number, string dictionary) =>
        $"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n{dictionary}\nendobj\n";

    /// <summary>A stream object: its dictionary is followed by the keyword <c>stream</c>, and its bytes are not text to edit.</summary>
    private static bool IsStream(string body) => StreamPattern().IsMatch(body);

    /// <summary>A PDF text string in UTF-16BE with a byte order mark, written in hex: any title, no escaping.</summary>
    private static string TextString(string value) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static int? Number(string dictionary, string key) =>
        Regex.Match(dictionary, Regex.Escape(key) + @"\s+(\d+)(?!\s+\d+\s+R)") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static int? Reference(string dictionary, string key) =>
        Regex.Match(dictionary, Regex.Escape(key) + @"\s+(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static string Xmp(PdfDocumentInfo info, string producer)
    {
        var date = info.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Xml(info.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:language><rdf:Bag><rdf:li>{Xml(info.Language)}</rdf:li></rdf:Bag></dc:language>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            <xmp:CreatorTool>Lagesbild.Site</xmp:CreatorTool>
            <pdf:Producer>{Xml(producer)}</pdf:Producer>
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
    }

    /// <summary>Where a link leads, in words: the heading or chapter of its destination, a footnote, or its web address.</summary>
    private static string LinkDescription(string annotation, IReadOnlyDictionary<string, string> anchors)
    {
        if (DestPattern().Match(annotation) is { Success: true } dest)
        {
            var name = NameEscapePattern().Replace(dest.Groups[1].Value, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
            return anchors.TryGetValue(name, out var text) ? text
                : name.Contains("--fnref:", StringComparison.Ordinal) ? "Tillbaka till texten"
                : name.Contains("--fn:", StringComparison.Ordinal) ? "Fotnot"
                : "Länk inom rapporten";
        }

        return UriPattern().Match(annotation) is { Success: true } uri ? uri.Groups[1].Value.Replace("\\", "", StringComparison.Ordinal) : "Länk";
    }

    /// <summary>A bookmark title as Skia writes it: UTF-16 in hex, or (for plain ASCII) a literal string with backslash escapes.</summary>
    private static string TitleText(Match title)
    {
        if (title.Groups["hex"].Success)
        {
            return Encoding.BigEndianUnicode.GetString(Convert.FromHexString(title.Groups["hex"].Value));
        }

        var literal = title.Groups["literal"].Value;
        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length)
            {
                text.Append(literal[i]);
                continue;
            }

            var next = literal[++i];
            if (next is >= '0' and <= '7')
            {
                var digits = 1;
                while (digits < 3 && i + 1 < literal.Length && literal[i + 1] is >= '0' and <= '7')
                {
                    i++;
                    digits++;
                }

                text.Append((char)Convert.ToInt32(literal.Substring(i - digits + 1, digits), 8));
                continue;
            }

            text.Append(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => next });
        }

        return text.ToString();
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Xml(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\G\s*(\d+) (\d+)\r?\n")]
    private static partial Regex SubsectionPattern();

    [GeneratedRegex(@"\G(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@">>\s*stream\r?\n")]
    private static partial Regex StreamPattern();

    [GeneratedRegex(@"/S /([A-Za-z0-9]+)")]
    private static partial Regex StructTypePattern();

    [GeneratedRegex(@"/Title (?:<FEFF(?<hex>(?:[0-9A-Fa-f]{4})*)>|\((?<literal>(?:[^()\\]|\\.)*)\))")]
    private static partial Regex OutlineTitlePattern();

    [GeneratedRegex(@"\(node([0-9]{8})\)")]
    private static partial Regex NodeIdPattern();

    [GeneratedRegex(@"/Dest /([^\s/<>\[\]()]+)")]
    private static partial Regex DestPattern();

    [GeneratedRegex(@"#([0-9A-Fa-f]{2})")]
    private static partial Regex NameEscapePattern();

    [GeneratedRegex(@"/URI \(((?:[^()\\]|\\.)*)\)")]
    private static partial Regex UriPattern();

    [GeneratedRegex(@"/Producer \(([^()\\]*)\)")]
    private static partial Regex ProducerPattern();
}
