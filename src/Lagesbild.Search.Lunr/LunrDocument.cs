namespace Lagesbild.Search.Lunr;

/// <summary>
/// One search hit as build-index.mjs reads it: a section or a table, with the text it is found by.
/// </summary>
/// <param name="Url">Where the hit leads.</param>
/// <param name="Title">The heading or caption (field <c>t</c>, boost 10).</param>
/// <param name="Chapter">The chapter's title (field <c>c</c>, boost 2).</param>
/// <param name="Kind"><c>section</c>, <c>table</c> or <c>chart</c>.</param>
/// <param name="Body">A section's prose, or a table's source and notes.</param>
/// <param name="Table">A table's cells, or the captions of a section's tables.</param>
/// <param name="Context">The headings above the hit (shown, not searched).</param>
public sealed record LunrDocument(string Url, string Title, string Chapter, string Kind, string Body, string Table, string Context);

/// <summary>One edition's documents, its synonym groups (stored for the browser) and its text file's name.</summary>
public sealed record LunrIndexInput(IReadOnlyList<LunrDocument> Documents, IReadOnlyList<IReadOnlyList<string>> Synonyms, string TextFile);

/// <summary>The two files of an edition: the index (lunr's index, compacted, with the documents' headings) and the snippets' text.</summary>
public sealed record LunrIndexFiles(byte[] Index, byte[] Text);
