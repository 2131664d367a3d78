using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>
/// The last line of defence while reading one file: a bug the content triggers becomes an
/// "internal error" naming that file, and the other files are still read and checked.
/// </summary>
public static class FileGuard
{
    public static T? Read<T>(string displayPath, DiagnosticBag diagnostics, Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Report(SourceLocation.File(displayPath), ex, diagnostics);
            return null;
        }
    }

    public static void Report(SourceLocation location, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Internal.Unexpected, location,
            new($"Verktyget kunde inte läsa den här filen på grund av ett fel i verktyget ({ex.GetType().Name}: {ex.Message}).",
                $"internal error while reading this file ({ex.GetType().Name}: {ex.Message})"),
            new("Det är inte ditt fel. Rapportera felet till utvecklarna tillsammans med filen. Prova under tiden att ångra din senaste ändring i filen.",
                "this is a bug in the tool; report it with the file, and meanwhile try undoing the last change to the file"));
}
