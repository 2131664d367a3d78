namespace Lagesbild.Site.Output;

/// <summary>
/// An exclusive lock on one output folder, held from recovery to swap, so two builds into the same
/// folder run one after the other instead of renaming each other's folders away. The operating
/// system releases it when the process dies, even by kill -9.
/// </summary>
public sealed class OutputLock : IDisposable
{
    // How .NET reports a lock another process holds: on Windows ERROR_SHARING_VIOLATION or
    // ERROR_LOCK_VIOLATION; on Linux and macOS flock's EWOULDBLOCK as the raw errno (11 on Linux,
    // 35 on macOS and the BSDs). Every other failure is a reason not to wait.
    private const int SharingViolation = 32;
    private const int LockViolation = 33;
    private static readonly int WouldBlock = OperatingSystem.IsLinux() ? 11 : 35;

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file: hidden, next to the output folder (not in it, since the folder is renamed).</summary>
    public static string PathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");

    /// <summary>
    /// Waits while another build holds the lock; null when <paramref name="timeout"/> passed first.
    /// Anything else (the folder is read-only, the lock file cannot be created or opened) is no
    /// reason to wait and throws <see cref="OutputLockException"/> at once. The time is read from
    /// <paramref name="clock"/> (the system's by default), so a test can let the timeout pass.
    /// </summary>
    public static OutputLock? Acquire(string target, TimeSpan timeout, Action onWait, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var path = PathFor(target);
        var deadline = clock.GetUtcNow() + timeout;
        var waited = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
            {
                if (clock.GetUtcNow() >= deadline)
                {
                    return null;
                }

                if (!waited)
                {
                    waited = true;
                    onWait();
                }

                Thread.Sleep(100);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputLockException(path, ex);
            }
        }
    }

    /// <summary>True only for a lock another process holds; a read-only folder or a damaged lock file is not one.</summary>
    public static bool IsHeldByAnother(IOException error) =>
        error is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        && (OperatingSystem.IsWindows() ? (error.HResult & 0xFFFF) is SharingViolation or LockViolation : error.HResult == WouldBlock);

    public void Dispose() => _stream.Dispose();
}

/// <summary>The lock file could not be created or opened for a reason other than another build.</summary>
public sealed class OutputLockException(string lockPath, Exception inner) : IOException(inner.Message, inner)
{
    public string LockPath { get; } = lockPath;
}
