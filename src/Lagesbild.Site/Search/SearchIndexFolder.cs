namespace Lagesbild.Site.Search;

/// <summary>
/// Finds <c>src/search-index</c>: the content and layouts of a build usually sit in the repository
/// next to it, but tests build copies in a temp folder, so the program's own folder (inside the
/// repository's bin/) is searched too.
/// </summary>
public static class SearchIndexFolder
{
    public static string? Find(string contentDirectory, string layoutsDirectory)
    {
        string[] starts = [contentDirectory, layoutsDirectory, Environment.CurrentDirectory, AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "src", "search-index");
                if (File.Exists(Path.Combine(candidate, "build-index.mjs")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
