using System.Text;
using Lagesbild.Site.Search;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Runs the repository's Node.js tools: the query tool next to the index builder, and the browser
/// driver in tests/tools, whose packages are installed from its lock file when missing.
/// </summary>
public static class NodeTools
{
    public static string SearchIndexDirectory => Path.Combine(RepoPaths.Root, "src", "search-index");

    public static string TestToolsDirectory => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>Runs <c>node script arguments</c> with <paramref name="input"/> on stdin and returns stdout.</summary>
    public static string Run(string script, IEnumerable<string> arguments, string? input = null, TimeSpan? timeout = null)
    {
        var result = ExternalProcess.Run("node", [script, .. arguments], Path.GetDirectoryName(script)!,
            input is null ? null : Encoding.UTF8.GetBytes(input), timeout ?? TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"node {Path.GetFileName(script)} failed with exit code {result.ExitCode}:\n{result.Errors}");
        }

        return Encoding.UTF8.GetString(result.Output);
    }

    /// <summary>Runs queries against a built index.json with the browser's own query code.</summary>
    public static string Query(string indexPath, IEnumerable<string> queries, int top) =>
        Run(Path.Combine(SearchIndexDirectory, "query-index.mjs"), [indexPath, "--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            System.Text.Json.JsonSerializer.Serialize(queries));

    /// <summary>Every package of tests/tools/package.json, so one install serves every test class that needs a tool.</summary>
    public static readonly string[] TestToolPackages = ["axe-core", "lighthouse", "playwright-core", "vnu-jar", "@action-validator/cli", "dictionary-sv"];

    /// <summary>
    /// The one way tests install tests/tools: through <see cref="NpmPackages"/>, whose lock and staged
    /// install let test classes that start at once share one <c>npm ci</c> instead of racing (ENOTEMPTY).
    /// </summary>
    public static void EnsureTestToolsInstalled()
    {
        if (NpmPackages.EnsureInstalled(TestToolsDirectory, TestToolPackages) is { } problem)
        {
            throw new Xunit.Sdk.XunitException($"the browser test tools could not be installed: {problem}");
        }
    }
}
