using Lagesbild.Site.Search;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Workflows;

/// <summary>
/// A fresh clone's first <c>dotnet test</c>: several test classes (and builds) install the same npm
/// folder at once, or find an install an earlier run left half done. Every one must end installed.
/// Uses the search index's small lock file (lunr), which the build has already put in npm's cache.
/// </summary>
public sealed class NpmInstallTests
{
    private static readonly string[] Packages = ["lunr", "lunr-languages"];

    [Fact]
    public void Installs_started_at_once_from_an_empty_folder_all_succeed()
    {
        // Given a folder with a package.json and lock file and no node_modules
        using var folder = PackageFolder();

        // When four installs start at the same moment, as test classes do
        var problems = new string?[4];
        using var start = new Barrier(problems.Length);
        var threads = Enumerable.Range(0, problems.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            problems[i] = NpmPackages.EnsureInstalled(folder.Path, Packages);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        // Then none failed (no ENOTEMPTY), the packages are there, and nothing is left over
        Assert.All(problems, Assert.Null);
        Assert.True(NpmPackages.IsInstalled(folder.Path, Packages));
        Assert.True(File.Exists(folder.Combine("node_modules", "lunr", "lunr.js")));
        Assert.Equal(["node_modules", "package-lock.json", "package.json"], Names(folder.Path));
    }

    [Fact]
    public void An_install_interrupted_by_an_earlier_run_is_replaced_by_a_whole_one()
    {
        // Given what a killed `npm ci` leaves: a half node_modules without npm's last file, and a staging folder
        using var folder = PackageFolder();
        Directory.CreateDirectory(folder.Combine("node_modules", "lunr"));
        File.WriteAllText(folder.Combine("node_modules", "lunr", "package.json"), "{}");
        Directory.CreateDirectory(folder.Combine(".node_modules.tmp-0123456789abcdef0123456789abcdef", "node_modules"));
        Assert.False(NpmPackages.IsInstalled(folder.Path, Packages));

        var problem = NpmPackages.EnsureInstalled(folder.Path, Packages);

        Assert.Null(problem);
        Assert.True(File.Exists(folder.Combine("node_modules", "lunr", "lunr.js")));
        Assert.Equal(["node_modules", "package-lock.json", "package.json"], Names(folder.Path));

        // And a dependency update (a changed lock file) makes it install again
        File.AppendAllText(folder.Combine("package-lock.json"), "\n");
        Assert.False(NpmPackages.IsInstalled(folder.Path, Packages));
    }

    private static TempDirectory PackageFolder()
    {
        var folder = new TempDirectory();
        File.Copy(Path.Combine(NodeTools.SearchIndexDirectory, "package.json"), folder.Combine("package.json"));
        File.Copy(Path.Combine(NodeTools.SearchIndexDirectory, "package-lock.json"), folder.Combine("package-lock.json"));
        return folder;
    }

    private static string[] Names(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
