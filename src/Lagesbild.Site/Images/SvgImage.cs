using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Images;

/// <summary>
/// Reads an SVG safely and measures it. An SVG opened on its own runs in the site's origin, so
/// anything that could run script or fetch from elsewhere is refused: script, event handlers,
/// foreignObject, references that do not point inside the file, and DTDs (entities can read files
/// and blow up in size; the reader prohibits them).
/// </summary>
public static partial class SvgImage
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> RefusedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener",
    };

    /// <summary>The result: a size, or what is wrong (in the editors' words) and where in the SVG; <paramref name="IsUnsafe"/> when it is refused for safety rather than broken.</summary>
    public sealed record Result(ImageSize? Size, Phrase? Problem, bool IsUnsafe = false);

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
        if (DocumentTypeDeclaration().IsMatch(Encoding.UTF8.GetString(bytes)))
        {
            return Refused(new(
                $"SVG-filen `{fileName}` innehåller en DOCTYPE eller entiteter, som bilder på webbplatsen inte får ha.",
                $"the SVG `{fileName}` has a DOCTYPE or entities, which the site does not allow in images"));
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            ImageSize? size = null;
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction)
                {
                    return Refused(At(reader, fileName, $"instruktionen `<?{reader.Name} …?>`", $"the instruction `<?{reader.Name} …?>`"));
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && ReferencesOutside(reader.Value))
                {
                    return Refused(At(reader, fileName, "en stilmall som hämtar något utanför filen (`url(…)` eller `@import`)", "a style that loads something outside the file (`url(…)` or `@import`)"));
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root)
                {
                    if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
                    {
                        return NotAnSvg(fileName);
                    }

                    size = SvgSize.Of(reader.GetAttribute("width"), reader.GetAttribute("height"), reader.GetAttribute("viewBox"));
                    root = false;
                }

                if (RefusedElements.Contains(reader.LocalName))
                {
                    return Refused(At(reader, fileName, $"elementet `<{reader.LocalName}>`", $"the element `<{reader.LocalName}>`"));
                }

                if (UnsafeAttribute(reader, fileName) is { } problem)
                {
                    return Refused(problem);
                }
            }

            return size is null
                ? new Result(null, new(
                    $"SVG-filen `{fileName}` anger inte sin storlek. Lägg till `viewBox=\"0 0 bredd höjd\"` (eller `width` och `height` i pixlar) på `<svg>`-elementet.",
                    $"the SVG `{fileName}` does not give its size; add `viewBox=\"0 0 width height\"` (or `width` and `height` in pixels) to the `<svg>` element"))
                : new Result(size, null);
        }
        catch (XmlException error)
        {
            return new Result(null, new(
                $"`{fileName}` är ingen giltig SVG-fil (felet finns på rad {error.LineNumber} i filen).",
                $"`{fileName}` is not a valid SVG file (the error is on line {error.LineNumber} of the file)"));
        }
    }

    private static Phrase? UnsafeAttribute(XmlReader reader, string fileName)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
            {
                continue;
            }

            var refused =
                name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                || (name == "href" && !value.TrimStart().StartsWith('#'))
                || ScriptUrl().IsMatch(value)
                || ReferencesOutside(value)
                // Animation could set an href or a handler after the checks above.
                || (name == "attributeName" && (value.Contains("href", StringComparison.OrdinalIgnoreCase) || value.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            if (refused)
            {
                var attribute = reader.Name;
                reader.MoveToElement();
                return At(reader, fileName, $"attributet `{attribute}`", $"the attribute `{attribute}`", element: reader.LocalName);
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static bool ReferencesOutside(string text) =>
        text.Contains("@import", StringComparison.OrdinalIgnoreCase) || OutsideUrl().IsMatch(text);

    private static Phrase At(XmlReader reader, string fileName, string swedish, string english, string? element = null)
    {
        var line = reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        var lineText = line.ToString(CultureInfo.InvariantCulture);
        var on = element is null ? ("", "") : ($" på `<{element}>`", $" on `<{element}>`");
        return new(
            $"SVG-filen `{fileName}` innehåller {swedish}{on.Item1} (rad {lineText} i filen), som kan köra skript eller hämta innehåll från andra webbplatser.",
            $"the SVG `{fileName}` contains {english}{on.Item2} (line {lineText} of the file), which can run scripts or load content from other sites");
    }

    private static Result Refused(Phrase problem) => new(null, problem, IsUnsafe: true);

    private static Result NotAnSvg(string fileName) => new(null, new(
        $"`{fileName}` är ingen SVG-bild: filen börjar inte med ett `<svg>`-element.",
        $"`{fileName}` is not an SVG image: its root element is not `<svg>`"));

    [GeneratedRegex(@"<!(DOCTYPE|ENTITY)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentTypeDeclaration();

    // Atomic, so the optional quote cannot be given back to let `url('#g')` pass the look-ahead at the quote.
    [GeneratedRegex(@"url\((?>\s*['""]?\s*)(?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex OutsideUrl();

    [GeneratedRegex(@"(java|vb)script\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
