using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Tests.Support;

/// <summary>Runs the real, compiled command line in a child process, as editors and CI do.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>The compiled CLI next to the tests, to run with <c>dotnet</c>.</summary>
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "Lagesbild.Site.dll");

    /// <summary>Runs the CLI with English output, the developers' language that these tests pin.</summary>
    public static Run Execute(string workingDirectory, params string[] arguments) =>
        ExecuteIn(Language.English, workingDirectory, arguments);

    /// <summary>Runs the CLI as an editor would see it (<see cref="Language.Swedish"/>) or as a developer.</summary>
    public static Run ExecuteIn(Language language, string workingDirectory, params string[] arguments) =>
        ExecuteWith(new Dictionary<string, string>(), language, workingDirectory, arguments);

    /// <summary>Runs the CLI with extra environment variables (a locale in <c>LC_ALL</c>, a time zone in <c>TZ</c>).</summary>
    public static Run ExecuteWith(IReadOnlyDictionary<string, string> environment, Language language, string workingDirectory, params string[] arguments) =>
        ExecuteWith("dotnet", environment, language, workingDirectory, arguments);

    /// <summary>Runs the CLI with a given <c>dotnet</c> (one on a bare PATH, say).</summary>
    public static Run ExecuteWith(string dotnet, IReadOnlyDictionary<string, string> environment, Language language, string workingDirectory, params string[] arguments)
    {
        var variables = new Dictionary<string, string>(environment) { [OutputLanguage.EnvironmentVariable] = language == Language.English ? "en" : "sv" };
        var result = ExternalProcess.Run(dotnet, [Assembly, .. arguments], workingDirectory, timeout: TimeSpan.FromMinutes(2), environment: variables);
        return new Run(result.ExitCode, result.Text, result.Errors);
    }
}
