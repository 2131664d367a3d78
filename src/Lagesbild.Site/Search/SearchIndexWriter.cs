using Lagesbild.Search.Lunr;

namespace Lagesbild.Site.Search;

/// <summary>
/// Builds every edition's index and text file in this process with the C# lunr builder
/// (<see cref="LunrIndexWriter"/>), the same bytes build-index.mjs would write: editions in
/// parallel, one writer (and its stem cache) per thread.
/// </summary>
public static class SearchIndexWriter
{
    public static IReadOnlyList<SearchIndexOutput> Build(IReadOnlyList<SearchEdition> editions)
    {
        var outputs = new SearchIndexOutput[editions.Count];
        Parallel.For(0, editions.Count, () => new LunrIndexWriter(), (i, _, writer) =>
        {
            var files = writer.Write(ToInput(editions[i]));
            outputs[i] = new SearchIndexOutput(files.Index, files.Text);
            return writer;
        }, _ => { });
        return outputs;
    }

    /// <summary>An edition as the C# builder takes it: the fields build-index.mjs reads.</summary>
    public static LunrIndexInput ToInput(SearchEdition edition) =>
        new([.. edition.Documents.Select(d => new LunrDocument(d.Url, d.Title, d.Chapter, d.Kind, d.Body, d.Table, d.Context))], edition.Synonyms, edition.TextFile);
}
