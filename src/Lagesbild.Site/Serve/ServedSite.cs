using System.Collections.Frozen;
using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Serve;

/// <summary>
/// What <c>serve</c> answers from: the files of the last build that succeeded, and the findings of
/// the newest build, which, when it failed, are shown over those pages. <see cref="Version"/> counts
/// every build, good or not, so open tabs know when to reload.
/// </summary>
public sealed record ServedSite(int Version, string BaseUrl, FrozenDictionary<string, byte[]> Files, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The language of the error panel: the editors' Swedish unless <c>--lang en</c>.</summary>
    public Language Language { get; init; } = Language.Swedish;

    /// <summary>
    /// Per year, the search plan's paths of the index file the pages fetch and of the text file the
    /// index now served there names (an older one until the new index is built), so a rebuild can
    /// carry both over without reading the index.
    /// </summary>
    public ImmutableDictionary<int, (string Index, string Text)> SearchFiles { get; init; } = ImmutableDictionary<int, (string Index, string Text)>.Empty;

    public bool IsBroken => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True before any build succeeded: there are no last good pages to fall back on.</summary>
    public bool IsEmpty => Files.Count == 0;
}
