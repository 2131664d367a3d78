using System.Text.Json.Serialization;

namespace Lagesbild.Site.Search;

/// <summary>
/// Serialisation of <see cref="SearchIndexInput"/> generated at compile time: the build pays no
/// reflection start-up for it, and property names are fixed (camelCase) for build-index.mjs.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchIndexInput))]
internal sealed partial class SearchJson : JsonSerializerContext;
