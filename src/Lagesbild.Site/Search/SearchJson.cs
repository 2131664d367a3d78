using System.Text.Json.Serialization;

namespace Lagesbild.Site.Search;

/// <summary>What build-index.mjs reads on stdin: every edition's year and documents.</summary>
public sealed record SearchIndexInput(IReadOnlyList<SearchEdition> Editions);

/// <summary>
/// Serialisation of <see cref="SearchIndexInput"/> generated at compile time: the build pays no
/// reflection start-up for it, and property names are fixed (camelCase) for build-index.mjs.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchIndexInput))]
internal sealed partial class SearchJson : JsonSerializerContext;
