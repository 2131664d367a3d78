using System.Text;
using System.Xml;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Images;

/// <summary>
/// Reads an SVG by allow-list and writes it out again. An SVG opened on its own ("open image in
/// new tab") runs in the site's origin, and GitHub Pages cannot send a Content-Security-Policy
/// header for it, so the published file is never the editor's bytes: it is written anew from
/// the nodes that passed <see cref="SvgAllowList"/>, with attribute values and CSS as they were
/// judged (entities and escapes decoded, comments and unknown namespaces dropped). Anything not on
/// the list is an error at its line and column in the SVG file; the reader prohibits DTDs.
/// </summary>
public static class SvgImage
{
    /// <summary>One refused thing, at its place in the SVG file.</summary>
    public sealed record Problem(string Code, int Line, int Column, Phrase Message);

    /// <summary>A size and the bytes to publish, or every problem found.</summary>
    public sealed record Result(ImageSize? Size, byte[]? Published, IReadOnlyList<Problem> Problems);

    /// <summary>True when the bytes look like XML text, which is what an SVG is; the root element is checked by <see cref="Read"/>.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        while (text.Length > 0 && text[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            text = text[1..];
        }

        return text.Length > 0 && text[0] == (byte)'<';
    }

    public static Result Read(byte[] bytes, string fileName)
    {
        var problems = new List<Problem>();
        var output = new MemoryStream();
        var writerSettings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, NewLineHandling = NewLineHandling.Replace, NewLineChars = "\n" };
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        ImageSize? size = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), readerSettings);
            using var writer = XmlWriter.Create(output, writerSettings);
            var open = new Stack<(string Name, bool Kept)>();
            var root = true;
            while (reader.Read())
            {
                var keptParent = open.Count == 0 || open.Peek().Kept;
                switch (reader.NodeType)
                {
                    case XmlNodeType.XmlDeclaration:
                        break;
                    case XmlNodeType.ProcessingInstruction:
                        problems.Add(At(reader, DiagnosticCodes.Image.SvgDocumentType,
                            $"instruktionen `<?{reader.Name} …?>`", $"the instruction `<?{reader.Name} …?>`", element: true));
                        break;
                    case XmlNodeType.Element:
                        if (root)
                        {
                            if (reader.LocalName != "svg" || reader.NamespaceURI != SvgAllowList.SvgNamespace)
                            {
                                return new Result(null, null, [NotAnSvg(reader, fileName)]);
                            }

                            size = SvgSize.Of(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));
                            root = false;
                        }

                        var kept = keptParent && Element(reader, problems);
                        var empty = reader.IsEmptyElement;
                        if (kept)
                        {
                            writer.WriteStartElement(reader.LocalName, SvgAllowList.SvgNamespace);
                            WriteAttributes(reader, writer, problems);
                        }

                        if (empty)
                        {
                            if (kept)
                            {
                                writer.WriteEndElement();
                            }
                        }
                        else
                        {
                            open.Push((reader.LocalName, kept));
                        }

                        break;
                    case XmlNodeType.EndElement:
                        if (open.Pop().Kept)
                        {
                            writer.WriteFullEndElement();
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        if (keptParent && open.Count > 0)
                        {
                            Text(reader, open.Peek().Name, writer, problems);
                        }

                        break;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (keptParent && open.Count > 0)
                        {
                            writer.WriteWhitespace(reader.Value);
                        }

                        break;
                    case XmlNodeType.EntityReference or XmlNodeType.DocumentType:
                        problems.Add(At(reader, DiagnosticCodes.Image.SvgDocumentType, "en DOCTYPE eller entitet", "a DOCTYPE or entity"));
                        break;
                }
            }
        }
        catch (XmlException) when (DocumentTypeAt(bytes) is var (line, column))
        {
            problems.Add(new(DiagnosticCodes.Image.SvgDocumentType, line, column, Message(
                "en DOCTYPE eller entiteter (de kan läsa filer och bli hur stora som helst)", "a DOCTYPE or entities (they can read files and grow without limit)")));
            return new Result(null, null, problems);
        }
        catch (XmlException error)
        {
            return new Result(null, null, [new(DiagnosticCodes.Image.InvalidFile, error.LineNumber, error.LinePosition, new(
                $"`{fileName}` är ingen giltig SVG-fil: XML-koden är trasig här.",
                $"`{fileName}` is not a valid SVG file: its XML is broken here"))]);
        }

        if (problems.Count > 0)
        {
            return new Result(null, null, problems);
        }

        return size is null
            ? new Result(null, null, [new(DiagnosticCodes.Image.InvalidFile, 1, 1, new(
                $"SVG-filen `{fileName}` anger inte sin storlek. Lägg till `viewBox=\"0 0 bredd höjd\"` (eller `width` och `height` i pixlar) på `<svg>`-elementet.",
                $"the SVG `{fileName}` does not give its size; add `viewBox=\"0 0 width height\"` (or `width` and `height` in pixels) to the `<svg>` element"))])
            : new Result(size, output.ToArray(), []);
    }

    /// <summary>True when the element is on the allow-list; otherwise the reason is added.</summary>
    private static bool Element(XmlReader reader, List<Problem> problems)
    {
        var name = reader.Name;
        if (reader.NamespaceURI != SvgAllowList.SvgNamespace)
        {
            var space = reader.NamespaceURI.Length == 0 ? ("inget namnområde", "no namespace") : ($"namnområdet `{reader.NamespaceURI}`", $"the namespace `{reader.NamespaceURI}`");
            problems.Add(At(reader, DiagnosticCodes.Image.SvgElement,
                $"elementet `<{name}>` från {space.Item1} (bara SVG-element är tillåtna)", $"the element `<{name}>` from {space.Item2} (only SVG elements are allowed)", element: true));
            return false;
        }

        if (reader.LocalName is "script" or "handler" or "listener")
        {
            problems.Add(At(reader, DiagnosticCodes.Image.UnsafeSvg, $"elementet `<{name}>`, som kör skript", $"the element `<{name}>`, which runs script", element: true));
            return false;
        }

        if (!SvgAllowList.Elements.Contains(reader.LocalName))
        {
            problems.Add(At(reader, DiagnosticCodes.Image.SvgElement,
                $"elementet `<{name}>`, som kartor och diagram inte behöver", $"the element `<{name}>`, which maps and diagrams do not need", element: true));
            return false;
        }

        return true;
    }

    private static void WriteAttributes(XmlReader reader, XmlWriter writer, List<Problem> problems)
    {
        var element = reader.LocalName;
        var hasReference = false;
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var space = reader.NamespaceURI;
            var name = reader.LocalName;
            var shown = reader.Name;
            var value = reader.Value;
            if (space == SvgAllowList.XmlnsNamespace)
            {
                // Declarations are not copied: the writer declares the SVG namespace, and nothing else is written.
                continue;
            }

            if (space == SvgAllowList.XmlNamespace && name is "space" or "lang")
            {
                if (SvgValues.Judge(value) is { } refusal)
                {
                    problems.Add(Refused(reader, shown, refusal));
                }
                else
                {
                    writer.WriteAttributeString("xml", name, SvgAllowList.XmlNamespace, SvgValues.Clean(value));
                }

                continue;
            }

            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(At(reader, DiagnosticCodes.Image.UnsafeSvg, $"attributet `{shown}` på `<{element}>`, som kör skript", $"the attribute `{shown}` on `<{element}>`, which runs script"));
                continue;
            }

            if (name == "href" && (space.Length == 0 || space == SvgAllowList.XlinkNamespace))
            {
                if (!SvgValues.IsLocalReference(value))
                {
                    problems.Add(At(reader, DiagnosticCodes.Image.SvgReference,
                        $"attributet `{shown}` på `<{element}>`, som pekar utanför filen (bara `#id` i samma fil är tillåtet)",
                        $"the attribute `{shown}` on `<{element}>`, which points outside the file (only `#id` in the same file is allowed)"));
                }
                else if (hasReference)
                {
                    problems.Add(At(reader, DiagnosticCodes.Image.SvgAttribute,
                        $"en andra adress (`{shown}`) på `<{element}>`", $"a second reference (`{shown}`) on `<{element}>`"));
                }
                else
                {
                    hasReference = true;
                    writer.WriteAttributeString("href", value.Trim(' ', '\t', '\n', '\r'));
                }

                continue;
            }

            var isProperty = SvgAllowList.Properties.Contains(name);
            if (space.Length != 0 || !(isProperty || SvgAllowList.Attributes.Contains(name)))
            {
                problems.Add(At(reader, DiagnosticCodes.Image.SvgAttribute,
                    $"attributet `{shown}` på `<{element}>`, som kartor och diagram inte behöver", $"the attribute `{shown}` on `<{element}>`, which maps and diagrams do not need"));
                continue;
            }

            if (name == "style")
            {
                var css = SvgCss.Declarations(value);
                foreach (var problem in css.Problems)
                {
                    problems.Add(Css(reader, problem, $"attributet `style` på `<{element}>`", $"the attribute `style` on `<{element}>`", offsetLines: false));
                }

                writer.WriteAttributeString("style", css.Clean);
                continue;
            }

            // A label is text for screen readers, never a reference or CSS: "Karta: Älvsjö" is fine.
            if (name != "aria-label" && SvgValues.Judge(value) is { } judged)
            {
                problems.Add(Refused(reader, shown, judged, element));
                continue;
            }

            writer.WriteAttributeString(name, SvgValues.Clean(value));
        }

        reader.MoveToElement();
    }

    private static void Text(XmlReader reader, string element, XmlWriter writer, List<Problem> problems)
    {
        if (element == "style")
        {
            var css = SvgCss.StyleSheet(reader.Value);
            foreach (var problem in css.Problems)
            {
                problems.Add(Css(reader, problem, "stilmallen i `<style>`", "the style sheet in `<style>`", offsetLines: true));
            }

            writer.WriteString(css.Clean);
        }
        else if (SvgAllowList.TextElements.Contains(element))
        {
            writer.WriteString(reader.Value);
        }
        else
        {
            problems.Add(At(reader, DiagnosticCodes.Image.SvgElement, $"text direkt i `<{element}>` (text hör hemma i `<text>`)", $"text directly in `<{element}>` (text belongs in `<text>`)"));
        }
    }

    private static Problem Refused(XmlReader reader, string attribute, SvgValues.Refusal refusal, string? element = null)
    {
        var on = element is null ? ("", "") : ($" på `<{element}>`", $" on `<{element}>`");
        return At(reader, refusal.External ? DiagnosticCodes.Image.SvgReference : DiagnosticCodes.Image.SvgAttribute,
            $"{refusal.Swedish} i attributet `{attribute}`{on.Item1}", $"{refusal.English} in the attribute `{attribute}`{on.Item2}");
    }

    private static Problem Css(XmlReader reader, SvgCss.Problem problem, string swedishWhere, string englishWhere, bool offsetLines)
    {
        var (line, column) = Position(reader);
        if (offsetLines)
        {
            // The text node starts where the reader stands; the refused rule is that many lines further on.
            var before = reader.Value[..Math.Min(problem.Offset, reader.Value.Length)];
            var lines = before.Count(c => c == '\n');
            if (lines > 0)
            {
                line += lines;
                column = before.Length - before.LastIndexOf('\n');
            }
            else
            {
                column += before.Length;
            }
        }

        var code = problem.External ? DiagnosticCodes.Image.SvgReference : DiagnosticCodes.Image.SvgStyle;
        return new(code, line, column, Message($"{problem.Swedish} i {swedishWhere}", $"{problem.English} in {englishWhere}"));
    }

    private static Problem At(XmlReader reader, string code, string swedish, string english, bool element = false)
    {
        var (line, column) = Position(reader);
        // The reader stands on an element's name; the editor looks for its `<`.
        return new(code, line, element ? Math.Max(1, column - 1) : column, Message(swedish, english));
    }

    private static Phrase Message(string swedish, string english) => new(
        $"SVG-filen innehåller {swedish}. Bilder får bara innehålla det en karta eller ett diagram behöver, så att de inte kan köra skript eller hämta något från andra webbplatser.",
        $"the SVG contains {english}; pictures may hold only what a map or diagram needs, so that they cannot run scripts or load anything from other sites");

    private static (int Line, int Column) Position(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    /// <summary>Where a DOCTYPE or entity declaration starts; the reader refuses it but gives no position.</summary>
    private static (int Line, int Column)? DocumentTypeAt(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var index = new[] { text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase), text.IndexOf("<!ENTITY", StringComparison.OrdinalIgnoreCase) }
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (index < 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    private static Problem NotAnSvg(XmlReader reader, string fileName)
    {
        var (line, column) = Position(reader);
        return new(DiagnosticCodes.Image.InvalidFile, line, Math.Max(1, column - 1), new(
            $"`{fileName}` är ingen SVG-bild: filen börjar inte med ett `<svg>`-element.",
            $"`{fileName}` is not an SVG image: its root element is not `<svg>`"));
    }
}
