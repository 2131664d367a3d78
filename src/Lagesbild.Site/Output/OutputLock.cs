namespace Lagesbild.Site.Output;

/// <summary>
/// An exclusive lock on one output folder, held from recovery to swap, so two builds into the same
/// folder run one after the other instead of renaming each other's folders away. The operating
/// system releases it when the process dies, even by kill -9.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file: hidden, next to the output folder (not in it, since the folder is renamed).</summary>
    public static string PathFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.lock");

    /// <summary>Waits until no other build holds the lock; null when <paramref name="timeout"/> passed first.</summary>
    public static OutputLock? Acquire(string target, TimeSpan timeout, Action onWait)
    {
        var path = PathFor(target);
        var deadline = DateTime.UtcNow + timeout;
        var waited = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!File.Exists(path) || new FileInfo(path).Attributes.HasFlag(FileAttributes.Directory))
            {
                throw;
            }
            catch (IOException)
            {
                if (DateTime.UtcNow >= deadline)
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
        }
    }

    public void Dispose() => _stream.Dispose();
}
