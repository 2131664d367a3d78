using System.Text;
using Lagesbild.Site.Build;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// A whole site written as one string of <c>-- path --</c> sections (as Hugo's integration tests
/// do), laid out in a temp folder with the real layouts, ready to build.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly TempDirectory _directory = new();

    private TestSite()
    {
    }

    public string Root => _directory.Path;

    public string ContentDirectory => _directory.Combine("content");

    public string LayoutsDirectory => _directory.Combine("layouts");

    public string OutputDirectory => _directory.Combine("site");

    /// <summary>A site from a txtar-like string; layouts are the repository's unless the string has its own.</summary>
    public static TestSite FromText(string files)
    {
        var site = new TestSite();
        CopyDirectory(RepoPaths.Layouts, site.LayoutsDirectory);
        foreach (var (path, text) in Parse(files))
        {
            site.Write(path, text);
        }

        return site;
    }

    /// <summary>A copy of the frozen 2024 report (<see cref="RepoPaths.FrozenContent"/>) and the real layouts, safe to change in a test.</summary>
    public static TestSite FromFrozenReport() => FromContent(RepoPaths.FrozenContent);

    /// <summary>
    /// The same as <see cref="FromFrozenReport"/>: a test that copies "the repository's content"
    /// to change it pins that content, so it gets the frozen report, never the live content/.
    /// </summary>
    public static TestSite FromRepository() => FromFrozenReport();

    /// <summary>A copy of the live content/ and layouts, for tests that assert only what holds for any valid content.</summary>
    public static TestSite FromLiveContent() => FromContent(RepoPaths.Content);

    private static TestSite FromContent(string contentDirectory)
    {
        var site = new TestSite();
        CopyDirectory(contentDirectory, site.ContentDirectory);
        CopyDirectory(RepoPaths.Layouts, site.LayoutsDirectory);
        return site;
    }

    public void Write(string relativePath, string text)
    {
        var path = _directory.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public string Read(string relativePath) => File.ReadAllText(_directory.Combine(relativePath.Split('/')));

    /// <summary>The site's build options; messages name files relative to <see cref="Root"/> (<c>content/2024/…</c>).</summary>
    public BuildOptions Options(string? baseUrl = null, bool drafts = false, bool includeInternal = false) =>
        new(ContentDirectory, LayoutsDirectory, OutputDirectory, baseUrl, drafts, includeInternal) { DisplayRoot = Root };

    /// <summary>Builds in memory, without writing.</summary>
    public BuildResult Build(string? baseUrl = null, bool drafts = false, bool includeInternal = false) =>
        SiteBuilder.Build(Options(baseUrl, drafts, includeInternal));

    /// <summary>Builds and, when it succeeded, writes into <see cref="OutputDirectory"/> as the CLI does.</summary>
    public BuildResult BuildAndWrite(string? baseUrl = null, bool drafts = false)
    {
        var result = Build(baseUrl, drafts);
        if (result.Succeeded)
        {
            StagedDirectoryWriter.Write(OutputDirectory, result.Files);
        }

        return result;
    }

    public void Dispose() => _directory.Dispose();

    private static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        string? current = null;
        var text = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    yield return (current, text.ToString());
                }

                current = line[3..^3].Trim();
                text.Clear();
                continue;
            }

            if (current is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            yield return (current, text.ToString());
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
