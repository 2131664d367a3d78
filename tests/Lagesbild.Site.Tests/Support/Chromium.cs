
namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Debian's Chromium for browser tests (never a downloaded browser). Without it, browser tests are
/// skipped with the reason, except in CI (<c>CI=true</c>), where a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultPath;

    /// <summary>The flags every headless start needs here: no sandbox as root, no calls home.</summary>
    public static readonly string[] HeadlessArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static void RequireOrSkip() =>
        Prerequisite.RequireOrSkip(File.Exists(Path), $"Chromium is not installed at {Path} (apt-get install chromium; .ci/run installs it)");

    /// <summary>Runs Chromium headless with extra arguments and waits for it to finish.</summary>
    public static void Run(string userDataDirectory, params string[] arguments) =>
        ExternalProcess.Run(Path, [.. HeadlessArguments, $"--user-data-dir={userDataDirectory}", .. arguments]);
}
