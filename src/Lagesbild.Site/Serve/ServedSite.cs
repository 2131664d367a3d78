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

    public bool IsBroken => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True before any build succeeded: there are no last good pages to fall back on.</summary>
    public bool IsEmpty => Files.Count == 0;
}
