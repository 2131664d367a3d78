namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// What the reader is told when search widened or changed the query (issue 12): the synonyms it
/// added, a compound it split, the correction it applied; and that question words and stop words
/// do not bring up sections that have only them.
/// </summary>
public sealed class StaffWordsTests : IClassFixture<SearchIndexFixture>
{
    private readonly SearchIndexFixture _index;

    public StaffWordsTests(SearchIndexFixture index) => _index = index;

    [Fact]
    public void An_abbreviation_says_which_words_it_also_searched_and_marks_them()
    {
        var answer = _index.Ask("BRÅ").Single();

        var expansion = Assert.Single(answer.Expanded!);
        Assert.Contains("Brottsförebyggande rådet", expansion.Synonyms);
        Assert.Contains(answer.Results, r => r.Snippet.Contains("[[Brottsförebyggande]] [[rådet]]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_of_the_thesaurus_is_one_concept_not_three_words()
    {
        var answer = _index.Ask("domestic violence").Single();

        Assert.Equal("domestic violence", Assert.Single(answer.Expanded!).Text);
        Assert.Contains(answer.Results, r => r.Snippet.Contains("[[Våld]] i [[nära]] [[relation]]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compound_the_report_writes_apart_is_split_into_its_parts()
    {
        var answer = _index.Ask("elevfrånvaro").Single();

        Assert.Equal(["elev frånvaro"], answer.Split);
        Assert.Contains("[[frånvaro]]", answer.Results[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_the_report_has_is_not_split()
    {
        var answer = _index.Ask("bostadsinbrott").Single();

        Assert.Empty(answer.Split!);
    }

    [Theory]
    [InlineData("hur många anmälningar finns det i Järva", "finns")]
    [InlineData("var finns öppen drogscen", "finns")]
    public void Question_words_are_neither_searched_nor_marked(string query, string questionWord)
    {
        var answer = _index.Ask(query).Single();

        Assert.All(answer.Results, r => Assert.DoesNotContain($"[[{questionWord}]]", r.Snippet, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_question_of_only_question_words_still_searches_them()
    {
        var answer = _index.Ask("hur många finns").Single();

        Assert.NotEqual(0, answer.Total);
    }

    [Fact]
    public void A_found_query_is_never_corrected()
    {
        var answer = _index.Ask("klotter").Single();

        Assert.Null(answer.Corrected);
    }
}
