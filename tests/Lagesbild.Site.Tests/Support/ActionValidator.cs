
namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The GitHub workflow validator (npm <c>@action-validator/cli</c>) from <c>tests/tools/</c>,
/// installed from the lock file the first time a test needs it, so <c>dotnet test</c> works on a
/// fresh clone without a separate install step.
/// </summary>
public static class ActionValidator
{
    private static readonly Lazy<string> Executable = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string ToolsDirectory => Path.Combine(RepoPaths.Root, "tests", "tools");

    /// <summary>Validates one workflow file, given relative to the repository root (as the validator resolves paths there).</summary>
    public static CliRunner.Run Validate(string workflowPath) => Execute(Executable.Value, RepoPaths.Root, workflowPath);

    private static string Install()
    {
        NodeTools.EnsureTestToolsInstalled();
        var executable = Path.Combine(ToolsDirectory, "node_modules", ".bin", "action-validator");
        return executable;
    }

    private static CliRunner.Run Execute(string program, string workingDirectory, params string[] arguments)
    {
        var result = ExternalProcess.Run(program, arguments, workingDirectory, timeout: TimeSpan.FromMinutes(5));
        return new CliRunner.Run(result.ExitCode, result.Text, result.Errors);
    }
}
