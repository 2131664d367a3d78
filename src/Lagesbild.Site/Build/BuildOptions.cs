namespace Lagesbild.Site.Build;

/// <summary>Where to read content and layouts, where to write, and under which base path the site is served.</summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string LayoutsDirectory,
    string OutputDirectory,
    string? BaseUrl,
    bool IncludeDrafts = false);
