using System.Collections.Immutable;

namespace Lagesbild.Site.Serve;

/// <summary>The changes that arrived together (within the debounce window), and what they touch.</summary>
public sealed record ChangeSet(ChangeKind Kinds, ImmutableArray<string> Paths)
{
    public static ChangeSet Everything { get; } = new(ChangeKind.Content | ChangeKind.Layouts | ChangeKind.Assets, []);

    public ChangeSet Merge(ChangeSet other) => new(Kinds | other.Kinds, [.. Paths.Union(other.Paths, StringComparer.Ordinal)]);
}
