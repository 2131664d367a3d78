using System.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Editions;

/// <summary>
/// The DOM of a page after its scripts ran, from headless Chromium (<c>--dump-dom</c>). Virtual
/// time lets editions.js fetch editions.json and finish before the DOM is taken.
/// </summary>
public static class ChromiumDom
{
    public static string Load(string url)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lagesbild-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Chromium.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in Chromium.HeadlessArguments.Concat([$"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", url]))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish loading {url} within a minute");
            }

            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: Chromium may still hold a lock file for a moment.
            }
        }
    }
}
