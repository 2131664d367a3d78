using System.Text.RegularExpressions;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Docs;

/// <summary>
/// A newcomer follows the docs to the code: every repository path a doc names (in backticks or as a
/// link) must exist, so a renamed or deleted file cannot leave a doc pointing at nothing. Paths under
/// content/ and site/ are examples of what editors write and what the build makes, not files of the
/// repository, and are left out.
/// </summary>
public sealed partial class DocPathTests
{
    /// <summary>The folders a path must start with to count as a repository path.</summary>
    private static readonly string[] RepositoryFolders = ["src/", "tests/", "layouts/", "docs/", "bench/", ".github/", ".ci/"];

    /// <summary>Where a short path such as <c>Render/SiteRenderer.cs</c> or <c>Support/TestSite.cs</c> is looked for.</summary>
    private static readonly string[] ShortPathRoots = ["src/Lagesbild.Site", "tests/Lagesbild.Site.Tests", "src"];

    public static TheoryData<string> Docs()
    {
        var docs = new TheoryData<string> { "README.md" };
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            docs.Add(Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'));
        }

        return docs;
    }

    [Theory]
    [MemberData(nameof(Docs))]
    public void Every_path_a_doc_names_exists(string doc)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, doc));
        var docFolder = Path.GetDirectoryName(Path.Combine(RepoPaths.Root, doc))!;

        var missing = NamedPaths(text)
            .Where(path => !Exists(path, docFolder))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.True(missing.Length == 0, $"{doc} names paths that do not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_check_finds_a_path_that_does_not_exist()
    {
        var named = NamedPaths("See `src/Lagesbild.Site/Render/EditionSitePages.cs` and [the guide](docs/redaktorer.md).").ToArray();

        Assert.Contains("src/Lagesbild.Site/Render/EditionSitePages.cs", named);
        Assert.Contains("docs/redaktorer.md", named);
        Assert.False(Exists("src/Lagesbild.Site/Render/EditionSitePages.cs", RepoPaths.Root));
        Assert.True(Exists("docs/redaktorer.md", RepoPaths.Root));
    }

    /// <summary>The paths named in prose; fenced code blocks are examples of what editors and developers type.</summary>
    private static IEnumerable<string> NamedPaths(string markdown)
    {
        var prose = FencedBlock().Replace(markdown, "");
        foreach (Match match in CodeSpan().Matches(prose))
        {
            if (Candidate(match.Groups[1].Value) is { } path)
            {
                yield return path;
            }
        }

        foreach (Match match in LinkTarget().Matches(CodeSpan().Replace(prose, "")))
        {
            var target = match.Groups[1].Value;
            if (!target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                yield return target.Split('#')[0];
            }
        }
    }

    /// <summary>A code span that is a repository path, without a trailing <c>:line</c> or <c>#anchor</c>; else null.</summary>
    private static string? Candidate(string span)
    {
        var path = span.Trim().Split('#')[0];
        path = LineSuffix().Replace(path, "");
        if (path.Length == 0 || path.Any(c => char.IsWhiteSpace(c) || c is '*' or '<' or '>' or '{' or '$' or '…' or '|'))
        {
            return null;
        }

        if (RepositoryFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)))
        {
            return path;
        }

        // A short path into the code, such as Render/SiteRenderer.cs.
        return ShortCodePath().IsMatch(path) ? path : null;
    }

    private static bool Exists(string path, string docFolder)
    {
        var candidates = new[] { RepoPaths.Root, docFolder }
            .Concat(ShortPathRoots.Select(root => Path.Combine(RepoPaths.Root, root)))
            .Select(root => Path.GetFullPath(Path.Combine(root, path)));
        return candidates.Any(full => File.Exists(full) || Directory.Exists(full));
    }

    [GeneratedRegex(@"^ *```.*?^ *```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@":[0-9]+(:[0-9]+)?$")]
    private static partial Regex LineSuffix();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+/([A-Za-z]+/)*[A-Za-z.-]+\.(cs|md|mjs|js|sbn|txt)$")]
    private static partial Regex ShortCodePath();
}
