using System.Diagnostics;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The npm tools in <c>tests/tools/</c>, installed from their lock file the first time a test
/// needs them, so <c>dotnet test</c> works on a fresh clone without a separate install step.
/// </summary>
public static class NodeTools
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>Runs <c>node_modules/.bin/<paramref name="tool"/></c> from the repository root.</summary>
    public static CliRunner.Run Execute(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Installed.Value, ".bin", tool))
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Wait(Process.Start(start)!, tool);
    }

    private static string Install()
    {
        var modules = Path.Combine(Directory, "node_modules");
        if (!System.IO.Directory.Exists(modules))
        {
            var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--prefix", Directory, "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            var run = Wait(Process.Start(start)!, "npm ci");
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci --prefix tests/tools failed:\n{run.StandardOutput}\n{run.StandardError}");
            }
        }

        return modules;
    }

    private static CliRunner.Run Wait(Process process, string what)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{what} did not finish within five minutes");
            }

            return new CliRunner.Run(process.ExitCode, output.Result, error.Result);
        }
    }
}
