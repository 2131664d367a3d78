using System.Text.RegularExpressions;
using Lagesbild.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Tests.Workflows;

/// <summary>
/// The GitHub Actions workflows, checked here because GitHub only tells of a broken workflow after
/// it is merged: against the workflow schema (action-validator), and for what publishing relies on.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowDirectory = Path.Combine(RepoPaths.Root, ".github", "workflows");

    public static TheoryData<string> Workflows() =>
        [.. Directory.EnumerateFiles(WorkflowDirectory, "*.yml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_workflow_matches_the_github_schema(string file)
    {
        var run = ActionValidator.Validate(Path.Combine(".github", "workflows", file));

        Assert.True(run.ExitCode == 0, $"action-validator rejects {file}:\n{run.StandardOutput}{run.StandardError}");
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_pinned_to_a_version_and_tools_come_from_the_repository(string file)
    {
        var text = File.ReadAllText(Path.Combine(WorkflowDirectory, file));

        var uses = Uses().Matches(text).Select(m => m.Groups["action"].Value).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(@"^[\w.-]+/[\w.-]+@v\d+(\.\d+){0,2}$", action));
        Assert.Contains("global-json-file: global.json", text, StringComparison.Ordinal);
        Assert.Contains("node-version-file: .nvmrc", text, StringComparison.Ordinal);
        Assert.Contains("cache-dependency-path: \"**/packages.lock.json\"", text, StringComparison.Ordinal);
        Assert.Contains("cache-dependency-path: \"**/package-lock.json\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_requests_are_tested_checked_and_previewed()
    {
        var steps = Steps("pr.yml", "check");

        Assert.Contains(steps, s => s.Contains("dotnet test", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("check --format github", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("actions/upload-artifact@", StringComparison.Ordinal) && s.Contains("path: site/", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("apt-get install", StringComparison.Ordinal) && s.Contains("chromium", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_builds_under_the_repository_path_and_never_races()
    {
        var root = Load("pages.yml");
        var permissions = (YamlMappingNode)root["permissions"];
        var concurrency = (YamlMappingNode)root["concurrency"];
        var build = string.Join('\n', Steps("pages.yml", "build"));

        Assert.Equal("read", permissions["contents"].ToString());
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        Assert.Equal("pages", concurrency["group"].ToString());
        Assert.Equal("false", concurrency["cancel-in-progress"].ToString());
        Assert.Contains("build --base-url \"/${{ github.event.repository.name }}/\" --site-url \"${{ steps.pages.outputs.origin }}\" --out site", build, StringComparison.Ordinal);
        Assert.DoesNotContain("--drafts", build, StringComparison.Ordinal);
        Assert.Contains("actions/configure-pages@", build, StringComparison.Ordinal);
        Assert.Contains("actions/upload-pages-artifact@", build, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages@", string.Join('\n', Steps("pages.yml", "deploy")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_version_file_names_node_20()
    {
        Assert.Equal("20", File.ReadAllText(Path.Combine(RepoPaths.Root, ".nvmrc")).Trim());
    }

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(WorkflowDirectory, file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Each step of a job as flattened <c>key: value</c> text, e.g. <c>uses: actions/checkout@v4</c>.</summary>
    private static List<string> Steps(string file, string job)
    {
        var jobs = (YamlMappingNode)Load(file)["jobs"];
        var steps = (YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"];
        return [.. steps.Children.Cast<YamlMappingNode>().Select(Flatten)];
    }

    private static string Flatten(YamlMappingNode node) =>
        string.Join('\n', node.Children.Select(pair => pair.Value is YamlMappingNode inner
            ? $"{pair.Key}:\n{Flatten(inner)}"
            : $"{pair.Key}: {pair.Value}"));

    [GeneratedRegex(@"uses:\s*(?<action>\S+)")]
    private static partial Regex Uses();
}
