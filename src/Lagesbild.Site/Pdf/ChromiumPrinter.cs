using System.Diagnostics;

namespace Lagesbild.Site.Pdf;

/// <summary>
/// Prints a page to PDF with headless Chromium's own <c>--print-to-pdf</c>, which writes a tagged
/// PDF (structure tree from the accessibility tree, <c>/Lang</c> from <c>&lt;html lang&gt;</c>)
/// and, with <c>--generate-pdf-document-outline</c>, bookmarks from the headings. The command line
/// is enough for that, so no DevTools client (and no WebSocket/JSON dependency) is needed.
/// Scripts are kept off by the server (<see cref="LoopbackSite"/>).
/// </summary>
public sealed class ChromiumPrinter(string executable)
{
    /// <summary>Longer than any print of a report takes; a hung browser is stopped, not waited for.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Where a different browser can be named, as for the browser tests.</summary>
    public const string PathVariable = "CHROMIUM_PATH";

    private static readonly string[] Names = ["chromium", "google-chrome", "google-chrome-stable", "chromium-browser"];

    public string Executable => executable;

    /// <summary>Chromium from <c>CHROMIUM_PATH</c>, else the first of its usual names on the PATH; null when there is none.</summary>
    public static ChromiumPrinter? Locate()
    {
        var named = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? new ChromiumPrinter(named) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists) is { } found
            ? new ChromiumPrinter(found)
            : null;
    }

    /// <summary>The PDF of the page at <paramref name="url"/>; throws <see cref="PrintFailedException"/> with Chromium's own words when it fails.</summary>
    public byte[] Print(string url)
    {
        var work = Directory.CreateTempSubdirectory("lagesbild-pdf-");
        try
        {
            var output = Path.Combine(work.FullName, "print.pdf");
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string[] arguments =
            [
                "--headless",
                // The sandbox needs a user namespace, which containers and root (CI) often lack; the
                // page is our own HTML from a loopback server, with scripts off.
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                "--export-tagged-pdf",
                "--generate-pdf-document-outline",
                "--no-pdf-header-footer",
                $"--print-to-pdf={output}",
                url,
            ];
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PrintFailedException($"{executable} did not start");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new PrintFailedException($"Chromium did not finish within {Timeout.TotalMinutes:0} minutes");
            }

            process.WaitForExit();
            var pdf = File.Exists(output) ? File.ReadAllBytes(output) : [];
            if (process.ExitCode != 0 || pdf.Length < 8 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
            {
                var said = errors.GetAwaiter().GetResult().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(line => !line.Contains("dbus", StringComparison.OrdinalIgnoreCase)).TakeLast(3);
                // Chromium may say nothing at all: then there is nothing to quote after the exit code.
                var words = string.Join(" ", said);
                throw new PrintFailedException($"Chromium exited with {process.ExitCode} and no PDF{(words.Length == 0 ? "" : ": " + words)}");
            }

            return pdf;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new PrintFailedException($"{executable} could not be started: {ex.Message}");
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind; the system cleans it.
            }
        }
    }
}

/// <summary>Chromium could not print a page; the message says what it said.</summary>
public sealed class PrintFailedException(string message) : Exception(message);
