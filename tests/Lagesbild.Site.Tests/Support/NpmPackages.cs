using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Installs a folder's npm packages from its lock file (<c>npm ci</c>) when they are missing or
/// the lock file changed, so the README's commands work on a fresh clone. The install runs in a
/// staging folder and is renamed into place whole, under a lock: test classes and builds that
/// start at once wait for one install instead of racing (npm's <c>ENOTEMPTY</c>), and an install
/// that was interrupted is never taken for a finished one.
/// </summary>
public static class NpmPackages
{
    /// <summary>Written into node_modules after a whole install: the hash of the lock file it came from.</summary>
    public const string MarkerFile = ".lagesbild-installed";

    private const string StagingPrefix = ".node_modules.tmp-";

    private const string ReplacedPrefix = ".node_modules.old-";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Installed by this class from the current lock file; or, without our marker, a finished
    /// <c>npm ci</c> run by hand (npm writes node_modules/.package-lock.json last).
    /// </summary>
    public static bool IsInstalled(string directory, IEnumerable<string> packages)
    {
        var modules = Path.Combine(directory, "node_modules");
        var marker = Path.Combine(modules, MarkerFile);
        var complete = File.Exists(marker)
            ? File.ReadAllText(marker).Trim() == LockHash(directory)
            : File.Exists(Path.Combine(modules, ".package-lock.json"));
        return complete && packages.All(p => File.Exists(Path.Combine(modules, p, "package.json")));
    }

    /// <summary>Installs when needed; returns null when the packages are there, else what went wrong.</summary>
    public static string? EnsureInstalled(string directory, params string[] packages)
    {
        if (IsInstalled(directory, packages))
        {
            return null;
        }

        using var installLock = AcquireLock(directory);
        if (installLock is null)
        {
            return $"another install into {directory} did not finish within {InstallTimeout.TotalMinutes} minutes";
        }

        RemoveLeftovers(directory);
        if (IsInstalled(directory, packages))
        {
            return null;
        }

        Console.Error.WriteLine($"Installerar npm-paketen i {directory} (npm ci) …");
        var staging = Path.Combine(directory, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(staging);
            File.Copy(Path.Combine(directory, "package.json"), Path.Combine(staging, "package.json"));
            File.Copy(Path.Combine(directory, "package-lock.json"), Path.Combine(staging, "package-lock.json"));
            ExternalProcess.Result result;
            try
            {
                var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
                result = ExternalProcess.Run(npm, ["ci", "--no-audit", "--no-fund"], staging, null, InstallTimeout);
            }
            catch (Win32Exception)
            {
                return "npm was not found";
            }

            if (result.ExitCode != 0)
            {
                return $"`npm ci` failed: {Summary(result.Errors)}";
            }

            // A lock file without dependencies installs no folder at all.
            var installed = Directory.CreateDirectory(Path.Combine(staging, "node_modules")).FullName;
            File.WriteAllText(Path.Combine(installed, MarkerFile), LockHash(directory) + "\n");
            MoveIntoPlace(installed, Path.Combine(directory, "node_modules"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"the packages could not be put in place: {ex.Message}";
        }
        finally
        {
            DeleteQuietly(staging);
        }
    }

    /// <summary>The old node_modules (stale or half-installed by hand) is moved aside first, so the rename cannot fail on a non-empty folder.</summary>
    private static void MoveIntoPlace(string installed, string modules)
    {
        if (Directory.Exists(modules))
        {
            var replaced = Path.Combine(Path.GetDirectoryName(modules)!, ReplacedPrefix + Guid.NewGuid().ToString("N"));
            Directory.Move(modules, replaced);
            Directory.Move(installed, modules);
            DeleteQuietly(replaced);
        }
        else
        {
            Directory.Move(installed, modules);
        }
    }

    /// <summary>Staging and replaced folders of an install that was killed; only run under the lock.</summary>
    private static void RemoveLeftovers(string directory)
    {
        foreach (var folder in Directory.EnumerateDirectories(directory, ".node_modules.*"))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith(StagingPrefix, StringComparison.Ordinal) || name.StartsWith(ReplacedPrefix, StringComparison.Ordinal))
            {
                DeleteQuietly(folder);
            }
        }
    }

    private static string LockHash(string directory)
    {
        var lockFile = Path.Combine(directory, "package-lock.json");
        return File.Exists(lockFile) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(lockFile))) : "";
    }

    /// <summary>In the temp folder, keyed by the folder's path: the lock outlives neither the process nor a reboot.</summary>
    private static FileStream? AcquireLock(string directory)
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
            catch (IOException)
            {
                return null;
            }
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover is removed by the next install; it must not fail this one.
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
