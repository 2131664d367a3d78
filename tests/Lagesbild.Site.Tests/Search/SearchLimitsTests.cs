namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// No query can make the search hang: the query is cut to 200 characters, each word to 32 letters
/// and the whole to 10 words before anything expands it (typos, compound parts, the thesaurus), and
/// the answer says what was searched. Asserted as input caps, in the browser's own query code.
/// </summary>
public sealed class SearchLimitsTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    private const int QueryChars = 200;
    private const int WordChars = 32;
    private const int Words = 10;

    [Fact]
    public void A_word_of_120_letters_is_searched_as_its_first_32()
    {
        var word = string.Concat(Enumerable.Repeat("brottsförebyggande", 7))[..120];

        var answer = Assert.Single(index.Ask(word));

        Assert.True(answer.Cut);
        Assert.Equal(word[..WordChars], answer.Searched);
    }

    [Fact]
    public void A_query_of_7600_characters_is_cut_to_what_the_search_takes()
    {
        var many = string.Concat(Enumerable.Range(0, 1600).Select(i => $"ord{i} "))[..7600];
        var oneWord = new string('ö', 7600);
        var repeated = string.Concat(Enumerable.Repeat("trygghet ", 900))[..7600];

        var answers = index.Ask(many, oneWord, repeated);

        Assert.All(answers, a => Assert.True(a.Cut, a.Query[..20]));
        Assert.All(answers, a => Assert.InRange(a.Searched.Length, 1, QueryChars));
        Assert.All(answers, a => Assert.InRange(a.Searched.Split(' ').Length, 1, Words));
        Assert.All(answers, a => Assert.All(a.Searched.Split(' '), w => Assert.InRange(w.Length, 1, WordChars)));
        Assert.Equal("ord0 ord1 ord2 ord3 ord4 ord5 ord6 ord7 ord8 ord9", answers[0].Searched);
        Assert.Equal("trygghet", answers[2].Searched);
        Assert.NotEmpty(answers[2].Results);
    }

    [Fact]
    public void An_ordinary_query_is_searched_whole_and_not_marked_as_cut()
    {
        var answer = Assert.Single(index.Ask("inbrott i bostad"));

        Assert.False(answer.Cut);
        Assert.Equal("inbrott bostad", answer.Searched);
        Assert.NotEmpty(answer.Results);
    }
}
