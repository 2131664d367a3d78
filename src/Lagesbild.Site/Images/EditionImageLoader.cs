using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Images;

/// <summary>
/// Reads the pictures an edition's chapters show (<c>![alt](address)</c>, also inside
/// <c>::: figure</c>), each file once, and reports every problem at the image in the chapter.
/// Only pictures a built chapter shows are read, so a picture in a chapter or block left out of
/// a public build is not published either.
/// </summary>
public static class EditionImageLoader
{
    /// <summary>Files above this are slow on a phone; the editor is warned, not stopped.</summary>
    public const int LargeFileBytes = 500 * 1024;

    /// <summary>
    /// Beyond what a page shows (about 1600 CSS pixels wide, twice that on a sharp screen): a
    /// warning, as the picture is only slow.
    /// </summary>
    public const int ManyPixelsSide = 4000;

    public const long ManyPixels = 16_000_000;

    /// <summary>
    /// Beyond what a phone can decode: 8192 px is the largest texture many phone GPUs take, and
    /// 32 megapixels (128 MB once decoded) is the most iOS decodes even for a JPEG. A PNG can
    /// pack 256 megapixels into a few hundred kilobytes, so the file size says nothing here.
    /// </summary>
    public const int TooManyPixelsSide = 8192;

    public const long TooManyPixels = 32_000_000;

    public static ImmutableSortedDictionary<string, EditionImage> Load(string editionDirectory, int year, IEnumerable<Chapter> chapters, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var byAddress = ImmutableSortedDictionary.CreateBuilder<string, EditionImage>(StringComparer.Ordinal);
        var byFile = new Dictionary<string, EditionImage?>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            foreach (var image in chapter.Document.Descendants<LinkInline>().Where(l => l.IsImage))
            {
                var address = image.Url ?? "";
                if (ImageAddress.IsScriptOrData(address) || byAddress.ContainsKey(address))
                {
                    continue;
                }

                var location = SourceLocation.Of(chapter.Location.Path, image);
                var resolved = ImageAddress.Resolve(address, year);
                if (resolved.RelativePath is not { } relative)
                {
                    diagnostics.Error(resolved.Code, location, resolved.Message!, resolved.Hint);
                    continue;
                }

                if (!byFile.TryGetValue(relative, out var loaded))
                {
                    loaded = LoadFile(editionDirectory, year, relative, location, displayPath, diagnostics);
                    byFile[relative] = loaded;
                }

                if (loaded is not null)
                {
                    byAddress[address] = loaded;
                }
            }
        }

        return byAddress.ToImmutable();
    }

    private static EditionImage? LoadFile(string editionDirectory, int year, string relative, SourceLocation location, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var parts = relative.Split('/');
        var path = Path.Combine([editionDirectory, .. parts]);
        if (ThroughLink(editionDirectory, parts))
        {
            diagnostics.Error(DiagnosticCodes.Image.OutsideEdition, location,
                new($"Sökvägen till bilden `{relative}` går genom en symbolisk länk, som kan leda utanför innehållsmappen.", $"the path to the image `{relative}` goes through a symbolic link, which may lead outside the content folder"),
                new("Ersätt länken med en kopia av bildfilen.", "replace the link with a copy of the image file"));
            return null;
        }

        if (!File.Exists(path))
        {
            var nearly = SameNameOtherCase(path);
            var folder = $"{year}/{string.Concat(parts[..^1].Select(p => p + "/"))}";
            diagnostics.Error(DiagnosticCodes.Image.MissingFile, location,
                new($"Bildfilen `{relative}` finns inte i mappen för {year} års utgåva.", $"the image file `{relative}` does not exist in the {year} edition's folder"),
                nearly is null
                    ? new($"Lägg bildfilen i mappen {folder} eller rätta stavningen i kapitlet.", $"put the image file in {folder} or correct the name in the chapter")
                    : new($"Det finns en fil som heter `{nearly}`. Stora och små bokstäver måste stämma.", $"there is a file named `{nearly}`; capital and small letters must match"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var fileName = Path.GetFileName(path);
        var read = ImageFileReader.Read(fileName, bytes);
        if (read.SvgProblems.Count > 0)
        {
            var svgPath = displayPath(path);
            foreach (var problem in read.SvgProblems)
            {
                diagnostics.Error(problem.Code, new SourceLocation(svgPath, problem.Line, problem.Column), problem.Message, SvgHint(problem.Code));
            }

            return null;
        }

        if (read.Size is not { } size)
        {
            diagnostics.Error(read.Code, location, read.Message!, read.Hint);
            return null;
        }

        if (read.Published is null && !CheckPixels(relative, size, location, diagnostics))
        {
            return null;
        }

        if (bytes.Length > LargeFileBytes)
        {
            var kilobytes = (bytes.Length / 1024).ToString(CultureInfo.InvariantCulture);
            diagnostics.Warning(DiagnosticCodes.Image.LargeFile, location,
                new($"Bildfilen `{relative}` är {kilobytes} kB, vilket gör sidan långsam i mobilen.", $"the image file `{relative}` is {kilobytes} KB, which makes the page slow on phones"),
                new("Gör bilden mindre: högst omkring 1600 pixlar bred och under 500 kB, till exempel som JPEG eller WebP för foton och PNG eller SVG för kartor.", "make it smaller: about 1600 pixels wide at most and under 500 KB, e.g. JPEG or WebP for photos and PNG or SVG for maps"));
        }

        var published = read.Published ?? bytes;
        return new EditionImage(relative, OutputPath(year, relative, published), size.Width, size.Height, [.. published]);
    }

    /// <summary>False (with an error) when a phone cannot decode the picture; a warning when it is only larger than a page needs.</summary>
    private static bool CheckPixels(string relative, ImageSize size, SourceLocation location, DiagnosticBag diagnostics)
    {
        var pixels = (long)size.Width * size.Height;
        var dimensions = string.Create(CultureInfo.InvariantCulture, $"{size.Width} × {size.Height}");
        var megapixels = (pixels / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture);
        var hint = new Phrase(
            "Spara om bilden i ett bildprogram med högst omkring 3200 pixlar på längsta sidan.",
            "save the picture again in an image editor with about 3200 pixels on its longest side at most");
        if (size.Width > TooManyPixelsSide || size.Height > TooManyPixelsSide || pixels > TooManyPixels)
        {
            diagnostics.Error(DiagnosticCodes.Image.TooManyPixels, location,
                new($"Bilden `{relative}` är {dimensions} pixlar ({megapixels} megapixlar). Så stora bilder kan mobiler inte visa (gränsen är 8192 pixlar på en sida och 32 megapixlar).",
                    $"the image `{relative}` is {dimensions} pixels ({megapixels} megapixels), more than phones can show (the limit is 8192 pixels on a side and 32 megapixels)"),
                hint);
            return false;
        }

        if (size.Width > ManyPixelsSide || size.Height > ManyPixelsSide || pixels > ManyPixels)
        {
            diagnostics.Warning(DiagnosticCodes.Image.ManyPixels, location,
                new($"Bilden `{relative}` är {dimensions} pixlar, mycket större än en sida visar. Den gör sidan långsam och kan bli suddig i mobilen.",
                    $"the image `{relative}` is {dimensions} pixels, far larger than a page shows; it makes the page slow and may blur on phones"),
                hint);
        }

        return true;
    }

    private static Phrase SvgHint(string code) => code switch
    {
        DiagnosticCodes.Image.InvalidFile => new(
            "Öppna bilden i ett bildprogram och spara den på nytt som SVG eller PNG.",
            "open the picture in an image editor and save it again as SVG or PNG"),
        _ => new(
            "Spara om bilden som vanlig SVG utan skript, länkar och programmets egna tillägg (i Inkscape: Spara som → Optimerad SVG), eller som PNG.",
            "save the picture again as a plain SVG without scripts, links and the editor's own additions (Inkscape: Save As → Optimized SVG), or as PNG"),
    };

    /// <summary>
    /// <c>2024/bilder/karta.1a2b3c4d.png</c>: under the edition's path, with a hash of the bytes in
    /// the name, so a new picture gets a new address and an old one never changes.
    /// </summary>
    public static string OutputPath(int year, string relative, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
        var directory = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        var name = $"{Path.GetFileNameWithoutExtension(relative)}.{hash}{Path.GetExtension(relative).ToLowerInvariant()}";
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(directory) ? $"{yearText}/{name}" : $"{yearText}/{directory}/{name}";
    }

    private static bool ThroughLink(string editionDirectory, string[] parts)
    {
        var current = editionDirectory;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static string? SameNameOtherCase(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Select(Path.GetFileName).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            : null;
    }
}
