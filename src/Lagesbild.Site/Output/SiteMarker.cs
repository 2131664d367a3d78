namespace Lagesbild.Site.Output;

/// <summary>
/// The file that says "a build wrote this folder, whole": written last into a staged site, so only
/// a complete site has it, and required before a build replaces an existing folder.
/// </summary>
public static class SiteMarker
{
    public const string FileName = ".lagesbild-site";

    private const string Text = "This folder was written by Lagesbild.Site build, which replaces it whole on the next build.\n";

    public static bool IsPresent(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Writes the marker and flushes it to disk, after every other file of the site.</summary>
    public static void Write(string folder)
    {
        using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(Text));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Removes the marker first, so a folder that is only partly deleted is never taken for a complete site.</summary>
    public static void DeleteFolder(string folder)
    {
        File.Delete(Path.Combine(folder, FileName));
        Directory.Delete(folder, recursive: true);
    }
}
