using System.Text;
using Lagesbild.Search.Lunr;
using Lagesbild.Site.Search;

namespace Lagesbild.Site.Tests.Search.LunrEquality;

/// <summary>
/// The C# index builder writes the very bytes build-index.mjs writes with lunr.js: for the frozen
/// report, and for generated editions of every odd kind of text.
/// </summary>
public sealed class IndexEqualityTests
{
    [Fact]
    public void The_frozen_report_gets_the_same_index_and_text_bytes_as_from_lunr_js()
    {
        AssertSame([LunrReference.FrozenEdition]);
    }

    [Fact]
    public void Generated_editions_get_the_same_index_and_text_bytes_as_from_lunr_js()
    {
        var vocabulary = LunrReference.FrozenEdition.Documents.SelectMany(d => (d.Body + " " + d.Title + " " + d.Table).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        int[] seeds = [1, 2, 3, 4, 5, 6, 7, 8];
        var editions = seeds.Select(seed => new SearchEdition(2000 + seed, GeneratedDocuments.Make(seed, vocabulary, seed == 1 ? 1 : 5 + (seed * 9)),
            GeneratedDocuments.Synonyms(seed, vocabulary)) { TextFile = $"text.seed{seed}.json" }).ToList();
        // An edition without documents, and one whose every field is empty.
        editions.Add(new SearchEdition(1999, [], []));
        editions.Add(new SearchEdition(1998, [new SearchDocument("/", "", "", SearchDocument.SectionKind, "", "", "")], []));

        AssertSame(editions);
    }

    private static void AssertSame(IReadOnlyList<SearchEdition> editions)
    {
        var expected = LunrReference.Build(editions);
        var writer = new LunrIndexWriter();
        for (var i = 0; i < editions.Count; i++)
        {
            var actual = writer.Write(SearchStage.ToInput(editions[i]));
            AssertSameText($"index of {editions[i].Year}", expected[i].Index, Encoding.UTF8.GetString(actual.Index));
            AssertSameText($"text of {editions[i].Year}", expected[i].Text, Encoding.UTF8.GetString(actual.Text));
        }
    }

    private static void AssertSameText(string what, string expected, string actual)
    {
        if (expected != actual)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            var from = Math.Max(0, at - 80);
            Assert.Fail($"the {what} differs from lunr.js's at character {at}:\n  lunr.js: …{expected[from..Math.Min(expected.Length, at + 80)]}\n  C#:      …{actual[from..Math.Min(actual.Length, at + 80)]}");
        }
    }
}
