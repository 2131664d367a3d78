using System.Collections.Immutable;

namespace Lagesbild.Site.Serve;

/// <summary>
/// Watches content/ and layouts/ and reports each burst of changes once, classified, after the
/// files have been quiet for a moment: editors save a file as several events (write, rename, touch).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly string _contentRoot;
    private readonly string _layoutsRoot;
    private readonly TimeSpan _quiet;
    private readonly Action<ChangeSet> _onChange;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private ChangeKind _pendingKinds;
    private ImmutableHashSet<string> _pendingPaths = ImmutableHashSet<string>.Empty;

    public ChangeWatcher(string contentRoot, string layoutsRoot, TimeSpan quiet, Action<ChangeSet> onChange)
    {
        _contentRoot = Path.GetFullPath(contentRoot);
        _layoutsRoot = Path.GetFullPath(layoutsRoot);
        _quiet = quiet;
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        foreach (var root in new[] { _contentRoot, _layoutsRoot }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Record(e.FullPath);
            watcher.Created += (_, e) => Record(e.FullPath);
            watcher.Deleted += (_, e) => Record(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Record(e.OldFullPath);
                Record(e.FullPath);
            };
            // Too many changes at once (a branch switch) overflow the buffer: then rebuild everything.
            watcher.Error += (_, _) => Record(ChangeKind.Content | ChangeKind.Layouts | ChangeKind.Assets, root);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Which part of the site a changed path belongs to; editor swap and backup files touch nothing.</summary>
    public static ChangeKind Classify(string path, string contentRoot, string layoutsRoot)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return ChangeKind.None;
        }

        if (IsUnder(path, contentRoot))
        {
            return ChangeKind.Content;
        }

        if (IsUnder(path, Path.Combine(layoutsRoot, "assets")) || IsUnder(path, Path.Combine(layoutsRoot, "serve")))
        {
            return ChangeKind.Assets;
        }

        return IsUnder(path, layoutsRoot) ? ChangeKind.Layouts : ChangeKind.None;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Record(string path) => Record(Classify(path, _contentRoot, _layoutsRoot), path);

    private void Record(ChangeKind kind, string path)
    {
        if (kind == ChangeKind.None)
        {
            return;
        }

        lock (_lock)
        {
            _pendingKinds |= kind;
            _pendingPaths = _pendingPaths.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        ChangeSet changes;
        lock (_lock)
        {
            if (_pendingKinds == ChangeKind.None)
            {
                return;
            }

            changes = new ChangeSet(_pendingKinds, [.. _pendingPaths.Order(StringComparer.Ordinal)]);
            _pendingKinds = ChangeKind.None;
            _pendingPaths = _pendingPaths.Clear();
        }

        _onChange(changes);
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
