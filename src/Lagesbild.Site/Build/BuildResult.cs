using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Build;

/// <summary>The outcome of a build: every finding, and the files to write when there was no error.</summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<OutputFile> Files)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// With <see cref="BuildOptions.DeferSearchIndexes"/>: builds the search index files (and their
    /// findings) when called, so serve can run it later and skip it for builds already superseded.
    /// </summary>
    public Func<BuildResult>? BuildSearchIndexes { get; init; }

    /// <summary>Per year, the (fingerprinted) path of the edition's search index file the pages name.</summary>
    public ImmutableDictionary<int, string> SearchIndexPaths { get; init; } = ImmutableDictionary<int, string>.Empty;
}
