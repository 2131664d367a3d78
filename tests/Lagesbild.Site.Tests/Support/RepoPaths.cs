namespace Lagesbild.Site.Tests.Support;

/// <summary>Finds the repository the tests run in, its live content and layouts, and the frozen report under tests/.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The live content/ that editors change every year. Tests may only assert what holds for any
    /// valid content here (it builds, links resolve, the audits pass, it is deterministic); anything
    /// that names a text, figure, title, chapter count or year belongs on <see cref="FrozenContent"/>.
    /// </summary>
    public static string Content => Path.Combine(Root, "content");

    public static string Layouts => Path.Combine(Root, "layouts");

    /// <summary>The test project's folder, which holds Fixtures/ and Errors/Cases/.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "Lagesbild.Site.Tests");

    /// <summary>
    /// A verbatim copy of content/ as the 2024 report was published, frozen so that correcting a
    /// figure, rewording a paragraph or starting 2025 in content/ never fails a test. Only the
    /// source-coverage test (Fixtures/lagesbild-2024-source.txt) decides whether it may change.
    /// </summary>
    public static string FrozenContent => Path.Combine(TestProject, "Fixtures", "content-2024");

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
