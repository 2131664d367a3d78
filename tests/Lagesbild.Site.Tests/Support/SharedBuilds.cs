using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Builds that many test classes only read, made once per test run. A build runs Node for the
/// search index and takes seconds; most tests read one page of it, so each class rebuilding the
/// same input (as xunit class fixtures do) made up most of the suite's time. Each build is an
/// immutable <see cref="BuildResult"/>; a test that needs to change its input makes its own site.
/// </summary>
public static class SharedBuilds
{
    private static readonly Lazy<BuildResult> RealBuild = new(() => BuildOrThrow(new BuildOptions(RepoPaths.Content, RepoPaths.Layouts, Unused, null), "the real content/"));

    private static readonly Lazy<BuildResult> FrozenBuild = new(() => BuildOrThrow(FrozenOptions(), "the frozen 2024 report"));

    private static readonly Lazy<WrittenSite> FrozenWritten = new(() => WrittenSite.Of(Frozen));

    private static readonly Lazy<BuildResult> FrozenProject = new(() =>
        BuildOrThrow(FrozenOptions(ProjectSite.BasePath) with { SiteUrl = ProjectSite.Origin }, "the frozen 2024 report as a project site"));

    private static readonly Lazy<BuildResult> RealProject = new(() =>
        BuildOrThrow(new BuildOptions(RepoPaths.Content, RepoPaths.Layouts, Unused, ProjectSite.BasePath, SiteUrl: ProjectSite.Origin), "the real content/ as a project site"));

    /// <summary>The repository's live content/ built in memory, for assertions that hold for any valid content.</summary>
    public static BuildResult Real => RealBuild.Value;

    /// <summary>The frozen 2024 report (<see cref="RepoPaths.FrozenContent"/>) built in memory, for tests that pin its text and figures.</summary>
    public static BuildResult Frozen => FrozenBuild.Value;

    /// <summary>The same build of the frozen report written to disk, for Node tools and the browser.</summary>
    public static WrittenSite FrozenOnDisk => FrozenWritten.Value;

    /// <summary>The frozen report built as the Pages workflow builds a project site (<see cref="ProjectSite"/>).</summary>
    public static BuildResult FrozenProjectSite => FrozenProject.Value;

    /// <summary>The live content/ built as the Pages workflow builds a project site (<see cref="ProjectSite"/>).</summary>
    public static BuildResult RealProjectSite => RealProject.Value;

    /// <summary>Options for the frozen report with its real layouts; the output folder is never written.</summary>
    public static BuildOptions FrozenOptions(string? baseUrl = null) => new(RepoPaths.FrozenContent, RepoPaths.Layouts, Unused, baseUrl);

    private static string Unused => Path.Combine(Path.GetTempPath(), "lagesbild-tests", "unused-output");

    public static BuildResult BuildOrThrow(BuildOptions options, string what)
    {
        var result = SiteBuilder.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what} does not build:\n" + string.Join('\n', result.Diagnostics));
        }

        return result;
    }
}
