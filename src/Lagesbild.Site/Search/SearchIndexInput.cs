using System.Text.Json.Serialization;

namespace Lagesbild.Site.Search;

/// <summary>What build-index.mjs reads on stdin: the schema version, every edition's year and documents.</summary>
public sealed record SearchIndexInput(IReadOnlyList<SearchEdition> Editions)
{
    /// <summary>Written first so that build-index.mjs can refuse input of another schema before reading it.</summary>
    [JsonPropertyOrder(-1)]
    public int Schema => SearchSchema.Version;
}
