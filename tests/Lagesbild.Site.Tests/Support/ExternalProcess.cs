using System.Diagnostics;
using System.Text;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The one way tests run another program (node, npm, java, dotnet, Chromium, qpdf, poppler, chattr):
/// input written to stdin, stdout kept as bytes and stderr as text, both read while the program runs
/// so neither pipe can fill up and stall it, and a program that hangs is killed with its children.
/// </summary>
public static class ExternalProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>What the program left: its exit code, its stdout bytes and its stderr text.</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Errors)
    {
        /// <summary>Stdout read as UTF-8.</summary>
        public string Text => Encoding.UTF8.GetString(Output);

        /// <summary>This result, or a test failure naming the program, its exit code and its stderr.</summary>
        public Result Succeeded(string what) =>
            ExitCode == 0 ? this : throw new Xunit.Sdk.XunitException($"{what} failed with exit code {ExitCode}:\n{Errors}");
    }

    /// <summary>Runs the program to its end; throws <see cref="System.ComponentModel.Win32Exception"/> when it is not installed.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, byte[]? input = null,
        TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(fileName, arguments, workingDirectory, environment, redirectInput: true);
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
            // The program quit before reading everything; its exit code and stderr tell why.
        }

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', process.StartInfo.ArgumentList)} did not finish within {limit.TotalSeconds:0} s");
        }

        process.WaitForExit();
        copying.GetAwaiter().GetResult();
        return new Result(process.ExitCode, output.ToArray(), errors.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Starts the program and drains its output in the background, for a test that acts while it runs
    /// (kills it mid-build); the caller waits for it or kills it.
    /// </summary>
    public static Process Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null) =>
        Drained(Start(fileName, arguments, workingDirectory, environment, redirectInput: false));

    private static Process Drained(Process process)
    {
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private static Process Start(string fileName, IEnumerable<string> arguments, string? workingDirectory,
        IReadOnlyDictionary<string, string>? environment, bool redirectInput)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
    }
}
