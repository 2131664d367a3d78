using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>
/// The audit tools in <c>tests/tools/</c> (axe-core, Lighthouse and the Nu Html Checker, with
/// playwright-core), installed from the lock file the first time an audit needs them, and Java for
/// the checker. Without Java the checker's test skips with the reason, except in CI.
/// </summary>
public static class AuditTools
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ToolsDirectory => Path.Combine(Support.RepoPaths.Root, "tests", "tools");

    public static string NuHtmlCheckerJar => Path.Combine(ToolsDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static bool HasJava => FindOnPath("java") is not null;

    /// <summary>The tools folder, with its packages installed.</summary>
    public static string Directory => Installed.Value;

    public static void RequireJavaOrSkip() =>
        Prerequisite.RequireOrSkip(HasJava, "Java is not installed, so the Nu Html Checker cannot run (apt-get install default-jre-headless; .ci/run installs it)");

    /// <summary>Runs an audit program in the tools folder, with optional standard input.</summary>
    public static ExternalProcess.Result Run(string program, IEnumerable<string> arguments, string? input = null, TimeSpan? timeout = null) =>
        ExternalProcess.Run(program, arguments, ToolsDirectory, input is null ? null : Encoding.UTF8.GetBytes(input), timeout ?? TimeSpan.FromMinutes(5));

    private static string Install()
    {
        string[] needed =
        [
            Path.Combine(ToolsDirectory, "node_modules", "axe-core", "axe.min.js"),
            Path.Combine(ToolsDirectory, "node_modules", "lighthouse", "package.json"),
            Path.Combine(ToolsDirectory, "node_modules", "playwright-core", "package.json"),
            NuHtmlCheckerJar,
        ];
        if (!needed.All(File.Exists))
        {
            Support.NodeTools.EnsureTestToolsInstalled();
        }

        return ToolsDirectory;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
