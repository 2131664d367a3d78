using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Output;

/// <summary>
/// Writes the whole site into a temporary sibling folder and only then swaps it in, so a failed or
/// interrupted build never leaves readers (or the dev server) with half a site. Under a lock, so
/// builds into one folder take turns; and a build killed at any instant is repaired by the next.
/// </summary>
public static class StagedDirectoryWriter
{
    /// <summary>How long a build waits for another build into the same folder before it gives up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Checks the folder with <paramref name="rules"/>, then writes; every problem becomes a finding,
    /// the old site stays. <paramref name="clock"/> times the wait for another build (the system's by default).
    /// </summary>
    public static bool Write(string outputDirectory, IReadOnlyCollection<OutputFile> files, OutputFolderRules rules, DiagnosticBag diagnostics, TextWriter? log = null, Language language = Language.Swedish, TimeProvider? clock = null)
    {
        var target = OutputFolderGuard.Check(outputDirectory, rules, diagnostics);
        if (target is null)
        {
            return false;
        }

        var location = SourceLocation.File(outputDirectory);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var outputLock = OutputLock.Acquire(target, LockTimeout, () => log?.WriteLine(new Phrase(
                $"Väntar på ett annat bygge till {outputDirectory}/ …", $"Waiting for another build into {outputDirectory}/ …").In(language)), clock);
            if (outputLock is null)
            {
                diagnostics.Error(DiagnosticCodes.Output.LockTimeout, location,
                    new($"Ett annat bygge till `{outputDirectory}` blev inte klart på {LockTimeout.TotalMinutes} minuter.", $"another build into `{outputDirectory}` did not finish within {LockTimeout.TotalMinutes} minutes"),
                    new("Vänta tills det andra bygget är klart, eller avsluta det, och bygg igen.", "wait for the other build to finish, or stop it, and build again"));
                return false;
            }

            Leftovers.Recover(target);
            // Checked again under the lock: the folder may have changed while this build waited.
            if (OutputFolderGuard.Check(outputDirectory, rules, diagnostics) is null)
            {
                return false;
            }

            WriteLocked(target, files);
            return true;
        }
        catch (OutputLockException ex) when (FolderCannotBeWritten(Path.GetDirectoryName(target)!) is null)
        {
            // The folder takes new files, so the lock file itself is the problem: no build holds it.
            diagnostics.Error(DiagnosticCodes.Output.LockFileUnusable, location,
                new($"Låsfilen `{ex.LockPath}` går inte att öppna eller skapa: {ex.Message}", $"the lock file `{ex.LockPath}` cannot be opened or created: {ex.Message}"),
                new("Inget annat bygge håller den. Ta bort låsfilen (eller det som ligger på dess plats) och bygg igen. Den förra sajten är orörd.",
                    "no other build holds it; remove the lock file (or whatever is in its place) and build again; the previous site is untouched"));
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is OutputLockException ? FolderCannotBeWritten(Path.GetDirectoryName(target)!) ?? ex.Message : ex.Message;
            diagnostics.Error(DiagnosticCodes.Output.WriteFailed, location,
                new($"Sajten gick inte att skriva till `{outputDirectory}`: {reason}", $"cannot write the site into `{outputDirectory}`: {reason}"),
                new("Kontrollera att mappen är skrivbar och att disken har plats, eller välj en annan mapp med --out. Den förra sajten är orörd.",
                    "check that the folder is writable and the disk has room, or choose another folder with --out; the previous site is untouched"));
            return false;
        }
    }

    /// <summary>
    /// Why no new file can be made in <paramref name="folder"/> (read-only, immutable, full), or
    /// null when one can: tried for real, since permission bits say nothing to root or to a
    /// read-only file system.
    /// </summary>
    private static string? FolderCannotBeWritten(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".lagesbild-probe-{Environment.ProcessId}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// Writes without the folder checks, for tests and tools that write into a folder of their own;
    /// throws on any problem.
    /// </summary>
    public static void Write(string outputDirectory, IReadOnlyCollection<OutputFile> files)
    {
        var target = RealPath.Resolve(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var outputLock = OutputLock.Acquire(target, LockTimeout, () => { })
            ?? throw new IOException($"another build into {outputDirectory} holds the lock");
        Leftovers.Recover(target);
        if (Directory.Exists(target) && !SiteMarker.IsPresent(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new InvalidOperationException($"refusing to replace {outputDirectory}: it holds files the build did not write");
        }

        WriteLocked(target, files);
    }

    /// <summary>Joins a relative output path to the folder, refusing anything that would land outside it.</summary>
    public static string SafeCombine(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var rootWithSeparator = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal) || Path.GetFileName(full) == SiteMarker.FileName)
        {
            throw new InvalidOperationException($"refusing to write `{relativePath}` outside the output folder");
        }

        return full;
    }

    private static void WriteLocked(string target, IReadOnlyCollection<OutputFile> files)
    {
        var staging = Leftovers.StagingName(target);
        try
        {
            // Every path is checked before the first byte is written.
            var paths = files.Select(file => (Path: SafeCombine(staging, file.RelativePath), file.Content)).ToList();
            // Folders first, then the files on every core: thousands of small writes are mostly
            // waiting for the file system, not computing.
            foreach (var folder in paths.Select(p => Path.GetDirectoryName(p.Path)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallelism.ForEach(paths, (file, _) => File.WriteAllBytes(file.Path, file.Content));

            Directory.CreateDirectory(staging);
            SiteMarker.Write(staging);
            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                SiteMarker.DeleteFolder(staging);
            }
        }
    }

    private static void Swap(string staging, string target)
    {
        if (Directory.Exists(target))
        {
            // Two renames: the old site stays complete until the new one is complete and in place.
            // A kill between them leaves both complete next to the missing folder; Leftovers.Recover
            // puts the newer back on the next build.
            var old = Leftovers.ReplacedName(target);
            Directory.Move(target, old);
            Directory.Move(staging, target);
            SiteMarker.DeleteFolder(old);
        }
        else
        {
            Directory.Move(staging, target);
        }
    }
}
