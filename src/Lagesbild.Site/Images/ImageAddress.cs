using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Images;

/// <summary>
/// Turns the address in <c>![alt](address)</c> into a file path inside the edition folder, or says
/// why it cannot be one: a web address (the Content-Security-Policy lets pages load pictures only
/// from the site itself), or a path that leaves the edition folder (a published edition must not
/// change when another folder does).
/// </summary>
public static partial class ImageAddress
{
    /// <summary>The path relative to the edition folder with <c>/</c> between parts, or the problem as message and hint.</summary>
    public sealed record Result(string? RelativePath, string Code, Phrase? Message, Phrase? Hint);

    /// <summary>True for addresses the link check already refuses (<c>javascript:</c>, <c>data:</c>), so they are not reported twice.</summary>
    public static bool IsScriptOrData(string address) =>
        address.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
        || address.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    public static Result Resolve(string address, int year)
    {
        var trimmed = address.Trim();
        if (trimmed.Length == 0)
        {
            return Problem(DiagnosticCodes.Image.MissingFile,
                new("Bilden saknar filnamn inom parentesen.", "the image has no file name between the parentheses"),
                new("Skriv bildfilens namn, till exempel `![Karta över stadsdelsområdet](bilder/karta.png)`.", "write the image file's name, e.g. `![Karta över stadsdelsområdet](bilder/karta.png)`"));
        }

        if (Scheme().IsMatch(trimmed) || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return Problem(DiagnosticCodes.Image.RemoteUrl,
                new($"Bilden `{trimmed}` ligger på en annan webbplats. Sajten visar bara bilder som finns i den egna mappen.", $"the image `{trimmed}` is on another site; pages may show only pictures from the site itself"),
                new($"Om ni får använda bilden: ladda ned den, lägg filen i mappen {year}/bilder/ och skriv `bilder/filnamn.png`.", $"if you may use the picture, download it, put the file in {year}/bilder/ and write `bilder/file-name.png`"));
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(trimmed);
        }
        catch (UriFormatException)
        {
            decoded = trimmed;
        }

        var parts = decoded.Split('/', '\\').Where(p => p.Length > 0 && p != ".").ToList();
        if (decoded.StartsWith('/') || decoded.StartsWith('\\') || DriveLetter().IsMatch(decoded) || parts.Contains("..") || parts.Count == 0)
        {
            return Problem(DiagnosticCodes.Image.OutsideEdition,
                new($"Bilden `{trimmed}` ligger utanför mappen för {year} års utgåva.", $"the image `{trimmed}` is outside the {year} edition's folder"),
                new($"Kopiera bildfilen till mappen {year}/ eller {year}/bilder/ och skriv sökvägen därifrån, till exempel `bilder/karta.png`, utan `../` och utan `/` först.", $"copy the image into {year}/ or {year}/bilder/ and write the path from there, e.g. `bilder/karta.png`, without `../` or a leading `/`"));
        }

        return new Result(string.Join('/', parts), "", null, null);
    }

    private static Result Problem(string code, Phrase message, Phrase hint) => new(null, code, message, hint);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]+:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
