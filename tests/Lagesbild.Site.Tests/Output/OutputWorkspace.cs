using Lagesbild.Site.Build;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>
/// A repository in a temp folder (a .git folder, the minimal content, the real layouts) with a home
/// folder of its own, for running <c>build</c> in-process against every kind of <c>--out</c>.
/// </summary>
public sealed class OutputWorkspace : IDisposable
{
    private readonly TestSite _site = MinimalSite.With("-- .git/HEAD --\nref: refs/heads/main\n-- tools/readme.txt --\nverktyg\n");
    private readonly TempDirectory _home = new();

    public OutputWorkspace()
    {
        File.WriteAllText(_home.Combine(".bashrc"), "# the user's own file\n");
    }

    public string Root => _site.Root;

    public string Home => _home.Path;

    public string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public OutputFolderRules Rules(string? currentDirectory = null) =>
        new(_site.ContentDirectory, _site.LayoutsDirectory, currentDirectory ?? Root, Home);

    /// <summary>Runs <c>build --out <paramref name="output"/></c> in-process (in English unless told), from <paramref name="currentDirectory"/> (default: the repository root).</summary>
    public (int ExitCode, string Output, string Errors) Build(string output, string? currentDirectory = null, Language language = Language.English)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var options = new BuildOptions(_site.ContentDirectory, _site.LayoutsDirectory, output, BaseUrl: null);
        var exit = BuildCommand.Run(options, language, Rules(currentDirectory), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// <paramref name="text"/> with the repository's absolute path (a new temporary folder each run)
    /// shown as <c>…</c>, so a line that quotes the system's reason can be pinned whole.
    /// </summary>
    public string Relative(string text) => text.Replace(Root, "…", StringComparison.Ordinal);

    /// <summary>Every file in the repository and the home folder, with its hash.</summary>
    public SortedDictionary<string, string> Snapshot()
    {
        var snapshot = DirectorySnapshot.Take(Root);
        foreach (var (path, hash) in DirectorySnapshot.Take(Home))
        {
            snapshot["~/" + path] = hash;
        }

        return snapshot;
    }

    public void Dispose()
    {
        _site.Dispose();
        _home.Dispose();
    }
}
