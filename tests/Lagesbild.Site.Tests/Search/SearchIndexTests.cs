using System.Globalization;
using System.IO.Compression;
using Lagesbild.Site.Tests.Support;
using Xunit.Abstractions;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// The index of the frozen 2024 report answers what Swedish staff type: inflections, compound
/// parts, words without å ä ö, one typo, table content and phrases (issue 3), measured as recall@5.
/// </summary>
public sealed class SearchIndexTests : IClassFixture<SearchIndexFixture>
{
    private readonly SearchIndexFixture _index;
    private readonly ITestOutputHelper _output;

    public SearchIndexTests(SearchIndexFixture index, ITestOutputHelper output)
    {
        _index = index;
        _output = output;
    }

    public static TheoryData<string> Queries => new(SearchQuerySet.All.Select(c => c.Query));

    public static TheoryData<string> Phrases => new(SearchQuerySet.All.Where(c => c.AllWordsFirst).Select(c => c.Query));

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_section_that_answers_the_query_is_in_the_top_five(string query)
    {
        var expected = SearchQuerySet.All.Single(c => c.Query == query);

        var answer = _index.Answers[query];

        Assert.True(answer.RankOf(expected.Expected) is not null,
            $"{expected.Aspect}: none of {string.Join(", ", expected.Expected)} in the top {SearchIndexFixture.Top} of {answer.Describe()}");
    }

    [Fact]
    public void Recall_at_five_over_the_whole_query_set_is_complete()
    {
        var ranks = SearchQuerySet.All.Select(c => (Case: c, Rank: _index.Answers[c.Query].RankOf(c.Expected))).ToList();

        var recall = ranks.Count(r => r.Rank is not null) / (double)ranks.Count;

        foreach (var group in ranks.GroupBy(r => r.Case.Aspect))
        {
            _output.WriteLine($"{group.Key}: " + string.Join(", ", group.Select(r => $"{r.Case.Query} → {r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "miss"}")));
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@5 = {recall:0.000} over {ranks.Count} queries"));
        Assert.Equal(1.0, recall);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_ranks_a_section_with_every_word_first(string query)
    {
        var expected = SearchQuerySet.All.Single(c => c.Query == query);

        var answer = _index.Answers[query];

        Assert.True(answer.RankOf(expected.Expected) == 1, answer.Describe());
        var words = answer.Results[0].Matched;
        Assert.True(answer.Results.All(r => r.Matched <= words), answer.Describe());
    }

    [Theory]
    [InlineData("inbrott", "[[bostadsinbrott]]")]
    [InlineData("alvsjo", "[[Älvsjö]]")]
    [InlineData("1 047", "[[1\u00A0047]]")] // the table shows the figure with a no-break space
    [InlineData("narkotka", "[[narkotika]]")]
    public void Snippets_mark_the_words_that_matched(string query, string marked)
    {
        var answer = _index.Ask(query).Single();

        Assert.Contains(answer.Results, r => r.Snippet.Contains(marked, StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_without_hits_is_answered_with_the_closest_words_of_the_report()
    {
        var answer = _index.Ask("kloterr").Single();

        Assert.Equal("klotter", answer.Corrected);
        Assert.Contains(answer.Results, r => r.Snippet.Contains("[[klotter]]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_that_nothing_near_matches_finds_nothing_and_offers_nothing()
    {
        var answer = _index.Ask("qxzvbnm").Single();

        Assert.Equal(0, answer.Total);
        Assert.Null(answer.Corrected);
        Assert.Null(answer.Suggestion);
    }

    [Fact]
    public void A_query_of_only_small_words_finds_nothing_rather_than_everything()
    {
        var answer = _index.Ask("och i på").Single();

        Assert.Equal(0, answer.Total);
    }

    [Fact]
    public void The_first_search_on_a_2024_page_downloads_under_64_KB_gzipped()
    {
        // What a chapter page loads (its scripts and the modules they import), and what the search
        // field fetches before the first results: the runtime (lunr included), the view and the index. The snippets' text comes after.
        // 64 KB since chapter pages carry chapter.js (highlighting a search hit, the section being read).
        var site = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_index.IndexPath)!, "..", ".."));
        var page = HtmlPage.Parse(File.ReadAllText(Path.Combine(site, "2024", "inledning", "index.html")));
        var form = page.QuerySelector("form[data-search-index]")!;
        var urls = page.QuerySelectorAll("link[rel=stylesheet], link[rel=modulepreload], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .Concat(new[] { "data-search-runtime", "data-search-view", "data-search-index" }.Select(form.GetAttribute))
            .Select(u => u!).ToList();
        var files = urls.Select(u => Path.Combine(site, u.TrimStart('/'))).Append(Path.Combine(site, "2024", "inledning", "index.html")).ToList();

        var sizes = files.Select(f => (File: Path.GetFileName(f), Gzipped: Gzipped(File.ReadAllBytes(f)))).ToList();

        sizes.ForEach(s => _output.WriteLine($"{s.File}: {s.Gzipped} bytes gzipped"));
        Assert.Contains(sizes, s => s.File.StartsWith("search-runtime.", StringComparison.Ordinal));
        Assert.Contains(sizes, s => s.File.StartsWith("index.", StringComparison.Ordinal) && s.File.EndsWith(".json", StringComparison.Ordinal));
        var total = sizes.Sum(s => s.Gzipped);
        _output.WriteLine($"first search: {total} bytes gzipped");
        Assert.True(total < 64 * 1024, $"the first search downloads {total} bytes gzipped; the budget is 64 KB");
    }

    private static long Gzipped(byte[] raw)
    {
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return gzipped.Length;
    }
}
