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
    string? SiteUrl = null);
