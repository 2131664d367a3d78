using System.Text;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>
/// Reads a content file the one way every reader needs: strict UTF-8, no BOM, <c>\n</c> line
/// endings, and Unicode NFC (editors on a Mac save <c>ä</c> decomposed).
/// </summary>
public static class ContentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var bytes = ReadBytes(path, displayPath, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = PositionOfByte(bytes, ex.Index);
            diagnostics.Error(DiagnosticCodes.Chapter.NotUtf8, new SourceLocation(displayPath, line, column),
                new("Filen är inte sparad som UTF-8-text.", "the file is not UTF-8 text"),
                new("Spara filen som UTF-8 i din textredigerare (\"Spara med kodning\" → UTF-8).", "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"));
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The file's bytes, or null with a diagnostic when it is not a plain file, is too large or
    /// cannot be read (no permission, removed while the build runs).
    /// </summary>
    private static byte[]? ReadBytes(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.File(displayPath);
        try
        {
            // A pipe or device would block the build forever or never end; only regular files are content.
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite });
            if (!stream.CanSeek)
            {
                diagnostics.Error(DiagnosticCodes.Edition.UnreadableFile, location,
                    new("Det här är ingen vanlig fil och den går inte att läsa.", "this is not a regular file and cannot be read"),
                    new("Ersätt den med en vanlig textfil.", "replace it with a regular text file"));
                return null;
            }

            if (stream.Length > ContentLimits.MaxFileBytes)
            {
                // Rounded up, so a file just over the limit never reads as being at it.
                var megabytes = (stream.Length + (1024 * 1024) - 1) / (1024 * 1024);
                diagnostics.Error(DiagnosticCodes.Edition.FileTooLarge, location,
                    new($"Filen är {megabytes} MB. En innehållsfil får vara högst {ContentLimits.MaxFileBytes / (1024 * 1024)} MB.",
                        $"the file is {megabytes} MB; a content file may be at most {ContentLimits.MaxFileBytes / (1024 * 1024)} MB"),
                    new("Dela upp texten i flera kapitel eller tabellen i flera tabeller.", "split the text into several chapters or the table into several tables"));
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.Edition.UnreadableFile, location,
                new("Filen går inte att läsa. Kanske saknas behörighet, eller så är filen öppen i ett annat program som låser den.",
                    $"the file cannot be read: {ex.Message}"),
                new("Kontrollera att du har rätt att läsa filen och stäng program som har den öppen.",
                    "check that you may read the file and close programs that lock it"));
            return null;
        }
    }

    private static (int Line, int Column) PositionOfByte(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Math.Max(1, index - lineStart + 1));
    }
}
