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

        // A local reusable workflow (./.github/workflows/…) is the repository's own file, pinned by the commit it runs at.
        var uses = Uses().Matches(text).Select(m => m.Groups["action"].Value).Where(a => !a.StartsWith("./", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.True(IsPinned(action), $"{action} is not pinned to a major version or a commit"));
        if (text.Contains("actions/setup-dotnet@", StringComparison.Ordinal))
        {
            Assert.Contains("global-json-file: global.json", text, StringComparison.Ordinal);
            Assert.Contains("cache-dependency-path: \"**/packages.lock.json\"", text, StringComparison.Ordinal);
        }

        if (text.Contains("actions/setup-node@", StringComparison.Ordinal))
        {
            Assert.Contains("node-version-file: .nvmrc", text, StringComparison.Ordinal);
            Assert.Contains("cache-dependency-path: \"**/package-lock.json\"", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("actions/checkout@v6", true)]
    [InlineData("actions/checkout@v6.0.1", true)]
    [InlineData("actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3", true)]
    [InlineData("actions/checkout@main", false)]
    [InlineData("actions/checkout", false)]
    [InlineData("actions/checkout@1af3b93", false)]
    public void Actions_may_be_pinned_by_major_version_or_by_full_commit_sha(string action, bool pinned) =>
        Assert.Equal(pinned, IsPinned(action));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_action_is_a_current_major_that_runs_on_node_24(string file)
    {
        // The Node 20 majors are deprecated on GitHub's runners; a commit pin is trusted to be current.
        var minimum = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["actions/checkout"] = 7, ["actions/setup-dotnet"] = 6, ["actions/setup-node"] = 7, ["actions/cache"] = 5,
            ["actions/configure-pages"] = 6, ["actions/upload-pages-artifact"] = 5, ["actions/deploy-pages"] = 5, ["actions/upload-artifact"] = 7,
        };
        foreach (var action in Uses().Matches(File.ReadAllText(Path.Combine(WorkflowDirectory, file))).Select(m => m.Groups["action"].Value))
        {
            var match = Regex.Match(action, @"^(?<name>[\w.-]+/[\w.-]+)@v(?<major>\d+)");
            if (match.Success && minimum.TryGetValue(match.Groups["name"].Value, out var least))
            {
                Assert.True(int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture) >= least, $"{action} is older than v{least}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_job_has_a_timeout_and_only_the_deploy_and_new_edition_jobs_may_write(string file)
    {
        var root = Load(file);
        Assert.Equal("read", ((YamlMappingNode)root["permissions"])["contents"].ToString());
        Assert.Single(((YamlMappingNode)root["permissions"]).Children);
        foreach (var (name, job) in ((YamlMappingNode)root["jobs"]).Children.Select(p => (p.Key.ToString(), (YamlMappingNode)p.Value)))
        {
            // A job that calls a reusable workflow cannot set a timeout; the called workflow's jobs each have one.
            var callsWorkflow = job.Children.ContainsKey("uses");
            Assert.True(callsWorkflow || job.Children.ContainsKey("timeout-minutes"), $"{file}: job {name} has no timeout-minutes");
            var writes = job.Children.TryGetValue("permissions", out var permissions)
                ? ((YamlMappingNode)permissions).Children.Where(p => p.Value.ToString() == "write").Select(p => p.Key.ToString()).ToList()
                : [];
            switch ((file, name))
            {
                case ("pages.yml", "deploy"):
                    Assert.Equal(["pages", "id-token"], writes);
                    break;
                case ("new-edition.yml", "new-edition"):
                    Assert.Equal(["contents", "pull-requests"], writes);
                    break;
                default:
                    Assert.Empty(writes);
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_workflow_job_and_step_has_a_swedish_name_editors_read_in_the_checks(string file)
    {
        var root = Load(file);
        Assert.True(root.Children.ContainsKey("name"), $"{file} has no name");
        var english = new Regex(@"\b(Set up|Check|Build|Upload|Deploy|Publish|Run|Test|Cache|Read|Say|the)\b");
        var names = new List<string> { root["name"].ToString() };
        foreach (var (jobName, job) in ((YamlMappingNode)root["jobs"]).Children.Select(p => (p.Key.ToString(), (YamlMappingNode)p.Value)))
        {
            Assert.True(job.Children.ContainsKey("name"), $"{file}: job {jobName} has no name");
            names.Add(job["name"].ToString());
            if (job.Children.TryGetValue("steps", out var steps))
            {
                // A step without a name shows as "Run actions/checkout@v7" or the first line of its script.
                Assert.All(((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>(), step => Assert.True(step.Children.ContainsKey("name"), $"{file}: job {jobName} has a step without a name"));
                names.AddRange(((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>().Select(step => step["name"].ToString()));
            }
        }

        Assert.All(names, name => Assert.DoesNotMatch(english, name));
    }

    [Fact]
    public void The_checks_editors_see_read_as_the_readme_names_them()
    {
        Assert.Equal("Kontrollera innehållet och bygg förhandsvisningen", JobName("pr.yml", "check"));
        Assert.Equal("Tester", JobName("pr.yml", "test"));
        Assert.Equal("Kör alla tester (.ci/run, som på en ny klon)", JobName("tests.yml", "test"));
        Assert.Equal("Publicera på GitHub Pages", Load("pages.yml")["name"].ToString());
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains($"**{JobName("pr.yml", "check")}**", readme, StringComparison.Ordinal);
        Assert.Contains($"**{JobName("pr.yml", "test")} / {JobName("tests.yml", "test")}**", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Starting_a_new_edition_takes_a_checked_year_and_opens_a_pull_request_with_the_draft()
    {
        var root = Load("new-edition.yml");
        var on = (YamlMappingNode)root["on"];
        var year = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)on["workflow_dispatch"])["inputs"])["year"];
        var steps = Steps("new-edition.yml", "new-edition");

        Assert.Equal("Starta ny upplaga", root["name"].ToString());
        Assert.Equal(["workflow_dispatch"], on.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("true", year["required"].ToString());
        var validate = steps.FindIndex(s => s.Contains("grep -Eq '^20[0-9]{2}$'", StringComparison.Ordinal));
        var create = steps.FindIndex(s => s.Contains("new-edition \"$YEAR\"", StringComparison.Ordinal));
        var open = steps.FindIndex(s => s.Contains("gh pr create", StringComparison.Ordinal) && s.Contains("GH_TOKEN: ${{ github.token }}", StringComparison.Ordinal));
        Assert.True(validate >= 0 && validate < create && create < open, string.Join("\n---\n", steps));
        // The input reaches the shell only through the environment, never spliced into a script.
        Assert.All(steps, s => Assert.DoesNotContain("run: ${{", s, StringComparison.Ordinal));
        Assert.DoesNotContain("${{ inputs.year }}", string.Join('\n', steps.Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("YEAR:", StringComparison.Ordinal))))), StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_requests_check_first_and_always_then_preview_with_drafts_and_test_like_a_newcomer()
    {
        var steps = Steps("pr.yml", "check");
        var check = steps.FindIndex(s => s.Contains("check --drafts --format github --summary \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal) && s.Contains("name: Kontrollera innehållet", StringComparison.Ordinal));

        // The check is the first step that runs the tool, and every step after it runs even when it fails
        Assert.True(check >= 0, "no `check --format github --summary` step");
        Assert.DoesNotContain(steps.Take(check), s => s.Contains("dotnet run", StringComparison.Ordinal) || s.Contains("dotnet test", StringComparison.Ordinal));
        Assert.All(steps.Skip(check + 1), s => Assert.Contains("if: always()", s, StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("build --drafts --base-url / --out site", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("actions/upload-artifact@", StringComparison.Ordinal) && s.Contains("path: site/", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("python -m http.server 8000", StringComparison.Ordinal) && s.Contains("Extrahera alla", StringComparison.Ordinal) && s.Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
        Assert.Equal("./.github/workflows/tests.yml", ((YamlMappingNode)((YamlMappingNode)Load("pr.yml")["jobs"])["test"])["uses"].ToString());
        var test = Steps("tests.yml", "test");
        Assert.Contains(test, s => s.Contains("run: .ci/run", StringComparison.Ordinal));
        Assert.Contains(test, s => s.Contains("actions/cache@", StringComparison.Ordinal) && s.Contains("/var/cache/apt/archives", StringComparison.Ordinal));
        Assert.DoesNotContain(test, s => s.Contains("npm ci", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_builds_under_the_address_configure_pages_reports_and_never_races()
    {
        var root = Load("pages.yml");
        var concurrency = (YamlMappingNode)root["concurrency"];
        var build = string.Join('\n', Steps("pages.yml", "build"));

        Assert.Equal("pages", concurrency["group"].ToString());
        Assert.Equal("false", concurrency["cancel-in-progress"].ToString());
        Assert.Contains("PAGES_BASE_PATH: ${{ steps.pages.outputs.base_path }}", build, StringComparison.Ordinal);
        Assert.Contains("PAGES_ORIGIN: ${{ steps.pages.outputs.origin }}", build, StringComparison.Ordinal);
        Assert.Contains("build --base-url \"${PAGES_BASE_PATH%/}/\" --site-url \"$PAGES_ORIGIN\" --out site", build, StringComparison.Ordinal);
        Assert.DoesNotContain("repository.name", build, StringComparison.Ordinal);
        Assert.DoesNotContain("--drafts", build, StringComparison.Ordinal);
        Assert.Contains("actions/configure-pages@", build, StringComparison.Ordinal);
        Assert.Contains("actions/upload-pages-artifact@", build, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages@", string.Join('\n', Steps("pages.yml", "deploy")), StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_runs_the_tests_and_check_before_it_builds_so_nothing_untested_is_deployed()
    {
        var jobs = (YamlMappingNode)Load("pages.yml")["jobs"];
        var steps = Steps("pages.yml", "build");
        var check = steps.FindIndex(s => s.Contains("check --format github", StringComparison.Ordinal));
        var build = steps.FindIndex(s => s.Contains("build --base-url", StringComparison.Ordinal));

        Assert.Equal("./.github/workflows/tests.yml", ((YamlMappingNode)jobs["test"])["uses"].ToString());
        Assert.Equal("test", ((YamlMappingNode)jobs["build"])["needs"].ToString());
        Assert.Equal("build", ((YamlMappingNode)jobs["deploy"])["needs"].ToString());
        Assert.True(check >= 0 && check < build, "check must run before the build in pages.yml");
        Assert.All(steps.Take(build), s => Assert.DoesNotContain("if: always()", s, StringComparison.Ordinal));
    }

    [Fact]
    public void The_node_version_file_names_a_supported_lts()
    {
        Assert.Contains(File.ReadAllText(Path.Combine(RepoPaths.Root, ".nvmrc")).Trim(), new[] { "22", "24" });
    }

    [Fact]
    public void Ci_installs_only_what_the_readme_names_and_runs_the_readme_test_command()
    {
        var run = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.DoesNotContain("npm ", run, StringComparison.Ordinal);
        Assert.Equal("dotnet test", run.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim());
        Assert.Contains("dotnet test ", readme, StringComparison.Ordinal);
        foreach (var package in Regex.Matches(run, @"need\+=\((?<package>[\w.-]+)\)").Select(m => m.Groups["package"].Value))
        {
            Assert.Contains(package, readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dependabot_updates_the_actions_the_nuget_packages_and_both_npm_folders()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "dependabot.yml"))));
        var updates = ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["updates"]).Children.Cast<YamlMappingNode>()
            .Select(u => $"{u["package-ecosystem"]} {u["directory"]}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["github-actions /", "npm /src/search-index", "npm /tests/tools", "nuget /"], updates);
        Assert.All(updates.Select(u => u.Split(' ')[1]), directory => Assert.True(Directory.Exists(Path.Combine(RepoPaths.Root, directory.TrimStart('/')))));
    }

    private static bool IsPinned(string action) => PinnedAction().IsMatch(action);

    private static string JobName(string file, string job) => ((YamlMappingNode)((YamlMappingNode)Load(file)["jobs"])[job])["name"].ToString();

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

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")]
    private static partial Regex PinnedAction();
}
