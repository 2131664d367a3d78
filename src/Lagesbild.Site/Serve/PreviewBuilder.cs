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
    private SearchPlan? _nextIndexes;
    private bool _indexing;

    public PreviewBuilder(BuildOptions options, Language language = Language.Swedish)
    {
        _options = options;
        _language = language;
        _current = new ServedSite(0, new UrlBuilder(options.BaseUrl ?? "/").BaseUrl, FrozenDictionary<string, byte[]>.Empty, []) { Language = language };
    }

    public ServedSite Current => Volatile.Read(ref _current);

    /// <summary>
    /// Builds everything again but the search indexes, which follow right after (pages take about
    /// 25–60 ms for the 2024 edition once warm). Builds never overlap: the caller runs them one at a time.
    /// </summary>
    public (BuildResult Result, TimeSpan Elapsed) Rebuild()
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(_options with { Search = SearchMode.Deferred });
        var previous = Current;
        var (files, searchFiles) = result.Succeeded && result.Search is { } search ? WithPreviousSearchIndexes(result, search, previous) : (previous.Files, previous.SearchFiles);
        Volatile.Write(ref _current, new ServedSite(previous.Version + 1, previous.BaseUrl, files, result.Diagnostics) { Language = _language, SearchFiles = searchFiles });
        if (result.Succeeded && result.Search is { } pending)
        {
            QueueSearchIndexes(pending);
        }

        return (result, stopwatch.Elapsed);
    }

    /// <summary>
    /// One index build at a time, for the newest build only: saves in quick succession would
    /// otherwise build an index each and slow the pages down on a small machine.
    /// </summary>
    private void QueueSearchIndexes(SearchPlan step)
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
            SearchPlan step;
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

            AddSearchIndexes(step, SiteBuilder.Index(step));
        }
    }

    /// <summary>
    /// The edited pages go out at once; until the index is rebuilt, search answers from the previous
    /// one, served under the new (fingerprinted) name the pages ask for, with the text file that
    /// index names (both paths from the search plans, <see cref="ServedSite.SearchFiles"/>).
    /// </summary>
    private static (FrozenDictionary<string, byte[]> Files, ImmutableDictionary<int, (string Index, string Text)> SearchFiles) WithPreviousSearchIndexes(
        BuildResult result, SearchPlan search, ServedSite previous)
    {
        var files = result.Files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        var searchFiles = ImmutableDictionary.CreateBuilder<int, (string Index, string Text)>();
        foreach (var (year, path) in search.IndexPaths)
        {
            if (previous.SearchFiles.TryGetValue(year, out var old) && previous.Files.TryGetValue(old.Index, out var index))
            {
                files.TryAdd(path, index);
                if (previous.Files.TryGetValue(old.Text, out var text))
                {
                    files.TryAdd(old.Text, text);
                }

                searchFiles[year] = (path, old.Text);
            }
            else
            {
                searchFiles[year] = (path, search.TextPaths[year]);
            }
        }

        return (files.ToFrozenDictionary(StringComparer.Ordinal), searchFiles.ToImmutable());
    }

    /// <summary>Puts a finished search index into the served site; it is the newest one there is, even if pages moved on.</summary>
    private void AddSearchIndexes(SearchPlan search, ImmutableArray<Output.OutputFile> indexes)
    {
        while (true)
        {
            var current = Current;
            var files = current.Files.ToDictionary(StringComparer.Ordinal);
            var searchFiles = current.SearchFiles.ToBuilder();
            foreach (var file in indexes)
            {
                files[file.RelativePath] = file.Content;
            }

            foreach (var (year, path) in search.IndexPaths)
            {
                // Pages may have moved on to a newer name meanwhile: that name gets this index too
                // (the index names its own text file, which keeps its name).
                if (current.SearchFiles.TryGetValue(year, out var served))
                {
                    files[served.Index] = files[path];
                    searchFiles[year] = (served.Index, search.TextPaths[year]);
                }
                else
                {
                    searchFiles[year] = (path, search.TextPaths[year]);
                }
            }

            var updated = current with
            {
                Files = files.ToFrozenDictionary(StringComparer.Ordinal),
                SearchFiles = searchFiles.ToImmutable(),
            };
            if (Interlocked.CompareExchange(ref _current, updated, current) == current)
            {
                return;
            }
        }
    }
}
