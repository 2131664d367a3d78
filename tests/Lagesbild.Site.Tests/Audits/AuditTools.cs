using System.Diagnostics;
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

    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Runs a program to its end with optional standard input; standard output and error are kept apart.</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit}");
        }

        return new Result(process.ExitCode, output.Result, errors.Result);
    }

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
