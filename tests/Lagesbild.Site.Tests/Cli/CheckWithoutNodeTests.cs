using System.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>
/// <c>check</c> validates content and has nothing to index, so it runs where Node.js is not
/// installed (an editor's PC, a slim CI step); <c>build</c> there says exactly what is missing.
/// </summary>
public sealed class CheckWithoutNodeTests : IDisposable
{
    private readonly TempDirectory _bin = new();

    public CheckWithoutNodeTests()
    {
        // A PATH with dotnet and nothing else: no node, no npm.
        File.CreateSymbolicLink(_bin.Combine("dotnet"), Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "/usr/bin/dotnet");
    }

    [Fact]
    public void Check_passes_without_node_on_the_path()
    {
        using var site = MinimalSite.With();

        var run = Run(site.Root, "check", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.StartsWith("No errors and no warnings: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_node_still_reports_content_errors()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-fel.md --
            ---
            title: Fel
            ---

            Se [saknat](09-finns-inte.md).
            """);

        var run = Run(site.Root, "check", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/2024/02-fel.md:5:4: error: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("LB600", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_without_node_fails_with_one_clear_error_and_writes_nothing()
    {
        using var site = MinimalSite.With();

        var run = Run(site.Root, "build", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[LB600]", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    public void Dispose() => _bin.Dispose();

    private (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(_bin.Combine("dotnet"))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = _bin.Path;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lagesbild.Site.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
