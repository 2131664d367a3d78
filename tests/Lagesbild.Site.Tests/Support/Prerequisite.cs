namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// A program a test needs from Debian (Chromium, poppler, Java): without it the test is skipped
/// with the reason on a developer's machine, and fails in CI (<c>CI=true</c>), where .ci/run
/// installs it, so a missing install step can never pass as a skipped test.
/// </summary>
public static class Prerequisite
{
    public static void RequireOrSkip(bool installed, string reason)
    {
        if (installed)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(reason);
        }

        Skip.If(true, reason);
    }

    /// <summary>True when <paramref name="name"/> is a file in one of the PATH's folders.</summary>
    public static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, name)));
}
