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
            InternalError.Report(SourceLocation.File(displayPath), ex, diagnostics);
            return null;
        }
    }
}
