using System.Diagnostics;

namespace Lagesbild.Site.Tests.Editions.Browser;

/// <summary>
/// Debian's Chromium, headless, for the few behaviours only a browser shows (editions.js). Tests
/// that need it are skipped on a machine without it, and fail in CI (CI=true), where it must be.
/// </summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(Path);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads <paramref name="url"/>, lets its scripts and fetches run, and returns the DOM as HTML.</summary>
    public static string DumpDom(string url)
    {
        if (!IsAvailable)
        {
            throw new Xunit.Sdk.XunitException($"Chromium is missing at {Path}; CI must install it (apt-get install chromium), see .ci/run");
        }

        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lagesbild-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", url })
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

/// <summary>A test that needs Chromium: skipped with the reason when it is missing, except in CI.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.IsAvailable && !HeadlessChromium.IsCi)
        {
            Skip = $"Chromium is not installed at {HeadlessChromium.Path}; the editions.js browser tests run in CI (CI=true), where a missing Chromium fails them";
        }
    }
}
