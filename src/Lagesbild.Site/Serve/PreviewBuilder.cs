using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Search;

namespace Lagesbild.Site.Serve;

/// <summary>
/// Builds the site into memory for <c>serve</c> and keeps what to answer with: a new build's files
/// when it succeeds, the last good files (with the new findings) when it does not.
/// </summary>
public sealed class PreviewBuilder
{
    private readonly BuildOptions _options;
    private readonly Language _language;
    private readonly Lock _indexLock = new();
    private ServedSite _current;
    private SearchIndexStep? _nextIndexes;
    private bool _indexing;

    public PreviewBuilder(BuildOptions options, Language language = Language.Swedish)
    {
        _options = options;
        _language = language;
        _current = new ServedSite(0, new UrlBuilder(options.BaseUrl ?? "/").BaseUrl, FrozenDictionary<string, byte[]>.Empty, []) { Language = language };
    }

    public ServedSite Current => Volatile.Read(ref _current);

    /// <summary>
    /// Builds everything again but the search indexes, which follow when Node is done (pages take
    /// about 25–60 ms for the 2024 edition once warm, the index several hundred). Builds never
    /// overlap: the caller runs them one at a time.
    /// </summary>
    public (BuildResult Result, TimeSpan Elapsed) Rebuild()
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(_options with { DeferSearchIndexes = true });
        var previous = Current;
        var files = result.Succeeded ? WithPreviousSearchIndexes(result, previous) : previous.Files;
        Volatile.Write(ref _current, new ServedSite(previous.Version + 1, previous.BaseUrl, files, result.Diagnostics) { Language = _language });
        if (result.Succeeded && result.PendingSearchIndexes is { } step)
        {
            QueueSearchIndexes(step);
        }

        return (result, stopwatch.Elapsed);
    }

    /// <summary>
    /// One Node run at a time, for the newest build only: saves in quick succession would otherwise
    /// start a Node process each and slow the pages down on a small machine.
    /// </summary>
    private void QueueSearchIndexes(SearchIndexStep step)
    {
        lock (_indexLock)
        {
            _nextIndexes = step;
            if (_indexing)
            {
                return;
            }

            _indexing = true;
        }

        Task.Run(BuildQueuedSearchIndexes);
    }

    private void BuildQueuedSearchIndexes()
    {
        while (true)
        {
            SearchIndexStep step;
            lock (_indexLock)
            {
                if (_nextIndexes is null)
                {
                    _indexing = false;
                    return;
                }

                step = _nextIndexes;
                _nextIndexes = null;
            }

            AddSearchIndexes(SiteBuilder.Index(step));
        }
    }

    /// <summary>
    /// The edited pages go out at once; until Node has rebuilt the index, search answers from the
    /// previous one, served under the new (fingerprinted) name the pages ask for, with the text file
    /// that index names.
    /// </summary>
    private static FrozenDictionary<string, byte[]> WithPreviousSearchIndexes(BuildResult result, ServedSite previous)
    {
        var files = result.Files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        foreach (var (year, path) in result.Plan?.SearchIndexPaths ?? ImmutableDictionary<int, string>.Empty)
        {
            var old = previous.Files.Where(f => SitePaths.IsSearchIndex(f.Key) && f.Key.StartsWith($"{year}/", StringComparison.Ordinal)).Select(f => f.Key).FirstOrDefault();
            if (old is not null)
            {
                files.TryAdd(path, previous.Files[old]);
                if (SearchIndexPlan.TextPathNamedBy(old, previous.Files[old]) is { } textPath && previous.Files.TryGetValue(textPath, out var text))
                {
                    files.TryAdd(textPath, text);
                }
            }
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Puts a finished search index into the served site; it is the newest one there is, even if pages moved on.</summary>
    private void AddSearchIndexes(BuildResult indexes)
    {
        while (true)
        {
            var current = Current;
            var files = current.Files.ToDictionary(StringComparer.Ordinal);
            foreach (var file in indexes.Files)
            {
                // Pages may have moved on to a newer name meanwhile: that name gets this index too
                // (the index names its own text file, which keeps its name).
                var year = file.RelativePath[..(file.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)];
                var paths = SitePaths.IsSearchIndex(file.RelativePath) ? files.Keys.Where(k => SitePaths.IsSearchIndex(k) && k.StartsWith(year, StringComparison.Ordinal)).ToList() : [];
                foreach (var path in paths)
                {
                    files[path] = file.Content;
                }

                files[file.RelativePath] = file.Content;
            }

            var updated = current with
            {
                Files = files.ToFrozenDictionary(StringComparer.Ordinal),
                Diagnostics = current.Diagnostics.AddRange(indexes.Diagnostics),
            };
            if (Interlocked.CompareExchange(ref _current, updated, current) == current)
            {
                return;
            }
        }
    }
}
