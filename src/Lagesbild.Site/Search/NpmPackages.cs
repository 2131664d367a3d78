using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;

namespace Lagesbild.Site.Search;

/// <summary>
/// Installs a folder's npm packages from its lock file (<c>npm ci</c>) when they are missing, so
/// the README's build command works on a fresh clone. A lock file in the temp folder keeps
/// parallel builds and test runs from installing into the same folder at once.
/// </summary>
public static class NpmPackages
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    public static bool IsInstalled(string directory, IEnumerable<string> packages) =>
        File.Exists(Path.Combine(directory, "node_modules", ".package-lock.json"))
        && packages.All(p => File.Exists(Path.Combine(directory, "node_modules", p, "package.json")));

    /// <summary>Installs when needed; returns null when the packages are there, else what went wrong.</summary>
    public static string? EnsureInstalled(string directory, params string[] packages)
    {
        if (IsInstalled(directory, packages))
        {
            return null;
        }

        using var installLock = AcquireLock(directory);
        if (IsInstalled(directory, packages))
        {
            return null;
        }

        Console.Error.WriteLine($"Installing the npm packages of {directory} (npm ci) …");
        ExternalProcess.Result result;
        try
        {
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            result = ExternalProcess.Run(npm, ["ci", "--no-audit", "--no-fund"], directory, null, InstallTimeout);
        }
        catch (Win32Exception)
        {
            return "npm was not found";
        }

        return result.ExitCode == 0 ? null : $"`npm ci` failed: {Summary(result.Errors)}";
    }

    private static FileStream AcquireLock(string directory)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory))))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"lagesbild-npm-{key}.lock");
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }

    /// <summary>The line of a tool's error output that says what went wrong, else its last lines.</summary>
    public static string Summary(string text, int count = 3)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reason = lines.FirstOrDefault(l => l.Contains("Error", StringComparison.Ordinal) || l.StartsWith("build-index.mjs:", StringComparison.Ordinal)
            || l.StartsWith("npm error", StringComparison.Ordinal));
        return reason ?? (lines.Length == 0 ? "(no output)" : string.Join(" / ", lines.TakeLast(count)));
    }
}
