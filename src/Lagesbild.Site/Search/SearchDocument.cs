namespace Lagesbild.Site.Search;

/// <summary>
/// One hit a reader can land on: a section of a chapter (from a heading to the next one) or a
/// data table, with the text the index searches. Serialised as is for build-index.mjs.
/// </summary>
/// <param name="Url">Where the hit leads: the chapter with <c>#heading-id</c> or <c>#tabell-id</c>.</param>
/// <param name="Title">The section heading or table caption; boosted in the index.</param>
/// <param name="Chapter">The title of the chapter the section is in.</param>
/// <param name="Kind"><c>section</c>, <c>table</c>, or <c>chart</c> (a chart whose table the chapter does not place).</param>
/// <param name="Body">A section's text, or a table's source and notes.</param>
/// <param name="Table">A table's headers and cells, or the captions of the tables in a section.</param>
/// <param name="Context">The headings above the hit inside its chapter, shown (not searched) to tell
/// apart sections with the same title, e.g. two "Situationen idag".</param>
public sealed record SearchDocument(string Url, string Title, string Chapter, string Kind, string Body, string Table, string Context)
{
    public const string SectionKind = "section";

    public const string TableKind = "table";

    public const string ChartKind = "chart";
}
