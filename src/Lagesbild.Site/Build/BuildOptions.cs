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
}
