using System.Collections.Immutable;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Search;

/// <summary>
/// Everything search adds to a build, decided from the site plan before anything renders: each
/// edition's documents and synonyms, the fingerprinted paths of its index and text file, and the
/// browser runtime. Render reads it (the pages name the index and the runtime); the index step
/// turns it into files; <c>serve</c> takes the paths from it. Nothing after it changes the site plan.
/// </summary>
/// <param name="Editions">Per edition built, its documents, synonyms and text file name, newest first.</param>
/// <param name="IndexPaths">Per year, the index file's path (<c>2024/sok/index.&lt;hash&gt;.json</c>).</param>
/// <param name="TextPaths">Per year, the text file's path, which the index file names.</param>
/// <param name="Runtime">The browser's search runtime (<see cref="SearchRuntime"/>).</param>
/// <param name="Mode">When the indexes are built (<see cref="SearchMode"/>).</param>
public sealed record SearchPlan(
    ImmutableArray<SearchEdition> Editions,
    ImmutableDictionary<int, string> IndexPaths,
    ImmutableDictionary<int, string> TextPaths,
    byte[] Runtime,
    SearchMode Mode)
{
    /// <summary>The URL an edition's pages fetch its index from, or null for an edition without one.</summary>
    public string? IndexUrl(UrlBuilder urls, int year) => IndexPaths.TryGetValue(year, out var path) ? urls.File(path) : null;
}
