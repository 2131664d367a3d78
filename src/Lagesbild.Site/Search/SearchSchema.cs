namespace Lagesbild.Site.Search;

/// <summary>
/// The version of the search document schema: the fields of <see cref="SearchDocument"/> that
/// the index builders read (ours in C#, and build-index.mjs, the tests' reference), and the index
/// file they write (<c>v</c>) that the browser reads.
/// search-core.js holds the same number as <c>SCHEMA</c>; build-index.mjs refuses input of another
/// version and the browser an index of another one, so a change on one side only fails loudly
/// instead of giving wrong results. Change both numbers together with the schema.
/// </summary>
public static class SearchSchema
{
    public const int Version = Lagesbild.Search.Lunr.LunrIndexWriter.SchemaVersion;
}
