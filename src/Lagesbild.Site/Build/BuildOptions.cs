using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Build;

/// <summary>
/// Where to read content and layouts, where to write, under which base path the site is served,
/// and whether draft editions and internal content are included.
/// </summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string LayoutsDirectory,
    string OutputDirectory,
    string? BaseUrl,
    bool IncludeDrafts = false,
    bool IncludeInternal = false,
    string? SiteUrl = null)
{
    /// <summary>
    /// For <c>serve</c>: return the pages as soon as they are rendered and let the search indexes
    /// follow in <see cref="BuildResult.PendingSearchIndexes"/>, so an edit is on screen before
    /// Node has rebuilt the index.
    /// </summary>
    public bool DeferSearchIndexes { get; init; }

    /// <summary>
    /// The folder paths in messages are relative to: the command line passes the folder it runs
    /// in, tests their site's folder. Without one, paths are shown in full; the working directory
    /// is never read here, so a build's messages do not depend on where it runs.
    /// </summary>
    public string? DisplayRoot { get; init; }

    /// <summary>How paths are named in this build's messages (see <see cref="DisplayRoot"/>).</summary>
    public DisplayPath Paths => new(DisplayRoot);

    /// <summary>
    /// For <c>check</c>: everything a build finds, without the search indexes. Nothing is written,
    /// so Node.js and the search packages are not needed at all; the pages are still rendered, since
    /// a layout error only shows when a page is.
    /// </summary>
    public bool SkipSearchIndexes { get; init; }

    /// <summary>
    /// Where built search indexes are kept by content hash (<see cref="Search.SearchIndexCache"/>),
    /// so Node.js runs only for editions whose index can have changed; null builds every index.
    /// </summary>
    public string? SearchIndexCacheDirectory { get; init; }

    /// <summary>
    /// The editions' PDFs to publish, by year (the <c>pdf</c> command makes them from a first
    /// build without them); an edition not in here gets no PDF and no link to one.
    /// </summary>
    public ImmutableDictionary<int, EditionPdf> Pdfs { get; init; } = ImmutableDictionary<int, EditionPdf>.Empty;
}
