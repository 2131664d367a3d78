using System.Diagnostics;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Runs a tool (node, npm) to the end: input written to stdin, stdout kept as bytes and stderr as
/// text, both read while the tool runs so neither pipe can fill up and stall it.
/// </summary>
public static class ExternalProcess
{
    /// <summary>What the tool left: its exit code, its stdout bytes and its stderr text.</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Errors);

    /// <summary>Runs the tool; throws <see cref="System.ComponentModel.Win32Exception"/> when it is not installed.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, string workingDirectory, byte[]? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        using var output = new MemoryStream();
        var copying = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool quit before reading everything; its exit code and stderr tell why.
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        copying.GetAwaiter().GetResult();
        return new Result(process.ExitCode, output.ToArray(), errors.GetAwaiter().GetResult());
    }
}
