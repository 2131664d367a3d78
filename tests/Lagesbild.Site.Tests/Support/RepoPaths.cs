namespace Lagesbild.Site.Tests.Support;

/// <summary>Finds the repository the tests run in, so they use the real content and layouts.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Layouts => Path.Combine(Root, "layouts");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Lagesbild.Site.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("could not find Lagesbild.Site.sln above " + AppContext.BaseDirectory);
    }
}
