using Lagesbild.Search.Lunr;

namespace Lagesbild.Site.Tests.Search.LunrEquality;

/// <summary>The C# Swedish stemmer and word rules against lunr-languages and search-core.js, word by word.</summary>
public sealed class StemmerEqualityTests
{
    [Fact]
    public void Every_word_of_a_swedish_dictionary_gets_the_stem_lunr_languages_gives_it()
    {
        // As written (capitals, hyphens, digits: the stemmer's quirks) and in lower case, as indexed.
        var words = LunrReference.DictionaryWords().SelectMany(w => new[] { w, SwedishText.JsLower(w) }).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(words.Length > 100_000, $"dictionary-sv gave only {words.Length} words");

        AssertSameStems(words);
    }

    [Fact]
    public void Every_word_of_the_report_gets_the_stem_lunr_languages_gives_it()
    {
        var words = ReportTexts().SelectMany(t => t.Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
            .Select(SwedishText.NormalizeWord).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(words.Length > 2_000, $"the report gave only {words.Length} words");

        AssertSameStems(words);
    }

    [Fact]
    public void The_report_is_cut_into_the_same_words_normalised_and_stemmed_alike()
    {
        AssertSameWords(ReportTexts());
    }

    [Fact]
    public void Odd_unicode_and_numbers_in_every_form_are_cut_and_normalised_alike()
    {
        AssertSameWords([.. GeneratedDocuments.OddTexts, .. GeneratedDocuments.NumberTexts, string.Join(' ', GeneratedDocuments.OddTexts), string.Join("", GeneratedDocuments.NumberTexts)]);
    }

    private static IReadOnlyList<string> ReportTexts() =>
        [.. LunrReference.FrozenEdition.Documents.SelectMany(d => new[] { d.Title, d.Chapter, d.Body, d.Table, d.Context })];

    private static void AssertSameStems(string[] words)
    {
        var expected = LunrReference.Stems(words);
        var differences = words.Select((w, i) => (Word: w, Node: expected[i], CSharp: SwedishStemmer.Stem(w)))
            .Where(x => x.Node != x.CSharp).Take(20).Select(x => $"{x.Word}: lunr {x.Node}, C# {x.CSharp}").ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static void AssertSameWords(IReadOnlyList<string> texts)
    {
        var expected = LunrReference.Words(texts);
        var terms = new SwedishTerms();
        var differences = new List<string>();
        for (var t = 0; t < texts.Count; t++)
        {
            var spans = new List<(int Start, int End)>();
            SwedishText.Words(texts[t], spans);
            var actual = spans.Select(s =>
            {
                var norm = SwedishText.NormalizeWord(texts[t][s.Start..s.End]);
                return Show(s.Start, s.End, norm, terms.Of(norm));
            }).ToList();
            var reference = expected[t].EnumerateArray().Select(w => Show(w[0].GetInt32(), w[1].GetInt32(), w[2].GetString()!,
                [.. w[3].EnumerateArray().Select(e => e.GetString()!)])).ToList();
            if (!actual.SequenceEqual(reference))
            {
                var at = actual.Zip(reference).TakeWhile(p => p.First == p.Second).Count();
                differences.Add($"text {t}: first difference at word {at}: C# {actual.ElementAtOrDefault(at)}, lunr {reference.ElementAtOrDefault(at)}");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(20)));
    }

    private static string Show(int start, int end, string norm, string[] terms) =>
        $"{start}-{end} {Escape(norm)} [{string.Join(", ", terms.Select(Escape))}]";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}
