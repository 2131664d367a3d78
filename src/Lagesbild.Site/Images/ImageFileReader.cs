using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Images;

/// <summary>
/// Checks an image file's bytes: the extension names a format the site supports, the bytes are
/// that format (a renamed file would be served with the wrong type), and its size can be read.
/// </summary>
public static class ImageFileReader
{
    private const string Formats = "PNG, JPEG, WebP eller SVG";

    /// <summary>A readable image's size, or the problem with its code, message and hint.</summary>
    public sealed record Result(ImageSize? Size, string Code, Phrase? Message, Phrase? Hint)
    {
        /// <summary>The bytes to publish when they differ from the file's: an SVG is written anew from what passed its checks.</summary>
        public byte[]? Published { get; init; }

        /// <summary>An SVG's problems, each at its own line and column in the SVG file rather than at the chapter.</summary>
        public IReadOnlyList<SvgImage.Problem> SvgProblems { get; init; } = [];
    }

    public static ImageFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".jpg" or ".jpeg" => ImageFormat.Jpeg,
            ".webp" => ImageFormat.WebP,
            ".svg" => ImageFormat.Svg,
            _ => null,
        };

    public static Result Read(string fileName, byte[] bytes)
    {
        var resave = new Phrase(
            $"Öppna bilden i ett bildprogram och spara den på nytt som {Formats}.",
            "open the picture in an image editor and save it again as PNG, JPEG, WebP or SVG");
        if (FormatOf(fileName) is not { } format)
        {
            return new Result(null, DiagnosticCodes.Image.UnsupportedFormat,
                new($"Bildformatet `{Path.GetExtension(fileName)}` i `{fileName}` stöds inte. Sajten visar bilder i formaten {Formats}.",
                    $"the image format `{Path.GetExtension(fileName)}` of `{fileName}` is not supported; the site shows PNG, JPEG, WebP and SVG"),
                resave);
        }

        var actual = Detect(bytes);
        if (actual != format)
        {
            return actual is { } other
                ? new Result(null, DiagnosticCodes.Image.FormatMismatch,
                    new($"`{fileName}` har filändelsen för {Name(format)} men är en {Name(other)}-bild.", $"`{fileName}` is named as {Name(format)} but its content is {Name(other)}"),
                    new($"Byt filändelse till `{Extension(other)}` (och i kapitlet), eller spara om bilden som {Name(format)}.", $"rename the file to `{Extension(other)}` (and in the chapter), or save the image again as {Name(format)}"))
                : new Result(null, DiagnosticCodes.Image.InvalidFile,
                    new($"`{fileName}` är ingen {Name(format)}-bild, eller så är filen skadad.", $"`{fileName}` is not a {Name(format)} image, or the file is damaged"),
                    resave);
        }

        if (format == ImageFormat.Svg)
        {
            var svg = SvgImage.Read(bytes, fileName);
            return svg.Problems.Count == 0
                ? new Result(svg.Size, "", null, null) { Published = svg.Published }
                : new Result(null, svg.Problems[0].Code, svg.Problems[0].Message, null) { SvgProblems = svg.Problems };
        }

        var size = format switch
        {
            ImageFormat.Png => PngHeader.ReadSize(bytes),
            ImageFormat.Jpeg => JpegHeader.ReadSize(bytes),
            _ => WebPHeader.ReadSize(bytes),
        };
        return size is null
            ? new Result(null, DiagnosticCodes.Image.InvalidFile,
                new($"Bildens storlek går inte att läsa i `{fileName}`: filen är skadad eller ofullständig.", $"the size of `{fileName}` cannot be read: the file is damaged or incomplete"),
                resave)
            : new Result(size, "", null, null);
    }

    /// <summary>The format the bytes are, whatever the file is called.</summary>
    public static ImageFormat? Detect(byte[] bytes) =>
        PngHeader.HasSignature(bytes) ? ImageFormat.Png
        : JpegHeader.HasSignature(bytes) ? ImageFormat.Jpeg
        : WebPHeader.HasSignature(bytes) ? ImageFormat.WebP
        : SvgImage.LooksLikeXml(bytes) ? ImageFormat.Svg
        : null;

    private static string Name(ImageFormat format) => format switch
    {
        ImageFormat.Png => "PNG",
        ImageFormat.Jpeg => "JPEG",
        ImageFormat.WebP => "WebP",
        _ => "SVG",
    };

    private static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.WebP => ".webp",
        _ => ".svg",
    };
}
