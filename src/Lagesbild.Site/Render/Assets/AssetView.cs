using System.Collections.Immutable;

namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// A fingerprinted asset as layouts see it (<c>assets["chapter.js"]</c>): its URL, its Subresource
/// Integrity hash and, for a script module, the modules it imports, for
/// <c>&lt;link rel="modulepreload"&gt;</c> so the browser fetches them alongside it.
/// </summary>
public sealed record AssetView(string Url, string Integrity)
{
    /// <summary>Every module this script imports statically, directly or through another, in import order.</summary>
    public ImmutableArray<AssetView> Preloads { get; init; } = [];
}
