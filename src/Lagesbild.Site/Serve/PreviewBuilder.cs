using System.Collections.Frozen;
using System.Diagnostics;
using Lagesbild.Site.Build;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;

namespace Lagesbild.Site.Serve;

/// <summary>
/// Builds the site into memory for <c>serve</c> and keeps what to answer with: a new build's files
/// when it succeeds, the last good files (with the new findings) when it does not.
/// </summary>
public sealed class PreviewBuilder
{
    private readonly BuildOptions _options;
    private ServedSite _current;

    public PreviewBuilder(BuildOptions options)
    {
        _options = options;
        _current = new ServedSite(0, new UrlBuilder(options.BaseUrl ?? "/").BaseUrl, FrozenDictionary<string, byte[]>.Empty, []);
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
        var version = previous.Version + 1;
        Volatile.Write(ref _current, new ServedSite(version, previous.BaseUrl, files, result.Diagnostics));
        if (result.Succeeded && result.PendingSearchIndexes is { } pending)
        {
            pending.ContinueWith(task => AddSearchIndexes(version, task.Result), TaskScheduler.Default);
        }

        return (result, stopwatch.Elapsed);
    }

    /// <summary>The edited pages go out at once; until Node has rebuilt the index, search answers from the previous one.</summary>
    private static FrozenDictionary<string, byte[]> WithPreviousSearchIndexes(BuildResult result, ServedSite previous)
    {
        var files = result.Files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        foreach (var (path, content) in previous.Files.Where(f => SearchIndexFiles.IsIndexPath(f.Key)))
        {
            files.TryAdd(path, content);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds a finished search index to the build it belongs to, unless a newer build has replaced it meanwhile.</summary>
    private void AddSearchIndexes(int version, BuildResult indexes)
    {
        var current = Current;
        if (current.Version != version)
        {
            return;
        }

        var files = current.Files.ToDictionary(StringComparer.Ordinal);
        foreach (var file in indexes.Files)
        {
            files[file.RelativePath] = file.Content;
        }

        var updated = current with { Files = files.ToFrozenDictionary(StringComparer.Ordinal), Diagnostics = current.Diagnostics.AddRange(indexes.Diagnostics) };
        Interlocked.CompareExchange(ref _current, updated, current);
    }
}
