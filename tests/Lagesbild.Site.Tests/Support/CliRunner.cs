using System.Diagnostics;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Tests.Support;

/// <summary>Runs the real, compiled command line in a child process, as editors and CI do.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs the CLI with English output, the developers' language that these tests pin.</summary>
    public static Run Execute(string workingDirectory, params string[] arguments) =>
        ExecuteIn(Language.English, workingDirectory, arguments);

    /// <summary>Runs the CLI as an editor would see it (<see cref="Language.Swedish"/>) or as a developer.</summary>
    public static Run ExecuteIn(Language language, string workingDirectory, params string[] arguments) =>
        ExecuteWith(new Dictionary<string, string>(), language, workingDirectory, arguments);

    /// <summary>Runs the CLI with extra environment variables (a locale in <c>LC_ALL</c>, a time zone in <c>TZ</c>).</summary>
    public static Run ExecuteWith(IReadOnlyDictionary<string, string> environment, Language language, string workingDirectory, params string[] arguments)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "Lagesbild.Site.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[OutputLanguage.EnvironmentVariable] = language == Language.English ? "en" : "sv";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within two minutes");
        }

        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
