using Lagesbild.Site.Plan;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// Each chapter describes itself (link previews in mail and chat differ) and says when it was
/// changed after publication, from the editor's front matter, never from the build clock.
/// </summary>
public sealed class ChapterMetadataTests
{
    [Fact]
    public void Every_chapter_of_the_frozen_report_has_its_own_description_of_at_most_155_characters()
    {
        var result = SharedBuilds.Frozen;
        var chapters = result.Pages().Where(p => p.StartsWith("2024/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2
            && !p.StartsWith("2024/sok/", StringComparison.Ordinal) && !p.StartsWith("2024/utskrift/", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, chapters.Count);

        var descriptions = chapters.Select(p => result.Page(p).Head!.QuerySelector("meta[name=description]")!.GetAttribute("content")!).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct(StringComparer.Ordinal).Count());
        Assert.All(descriptions, d => Assert.InRange(d.Length, 40, ChapterDescription.MaxLength));
        Assert.All(descriptions.Where(d => d.EndsWith('…')), d => Assert.DoesNotMatch(@"\s…$", d));
        var lead = result.Page("2024/inledning/index.html").QuerySelector("main .prose p")!.NormalizedText();
        var inledning = descriptions[chapters.IndexOf("2024/inledning/index.html")];
        Assert.StartsWith(inledning.TrimEnd('…'), lead, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_description_wins_and_a_long_first_paragraph_is_cut_at_a_word()
    {
        var words = string.Join(' ', Enumerable.Range(1, 60).Select(i => "ord" + i));
        using var site = MinimalSite.With($"""
            -- content/2024/02-egen.md --
            ---
            title: Egen
            description: Kapitlets egen beskrivning.
            ---

            Första stycket.
            -- content/2024/03-lang.md --
            ---
            title: Lång
            ---

            ::: figure
            Bildtext som inte är kapitlets början.
            :::

            {words} med en [länk](02-egen.md) och en fotnot.[^1]

            [^1]: Fotnoten.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("Kapitlets egen beskrivning.", Description(result, "2024/egen/index.html"));
        var cut = Description(result, "2024/lang/index.html");
        Assert.StartsWith("ord1 ord2 ", cut, StringComparison.Ordinal);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= ChapterDescription.MaxLength, cut);
        Assert.Matches(@"^(ord[0-9]+ )*ord[0-9]+…$", cut);
    }

    [Fact]
    public void A_chapter_updated_after_publication_says_so_on_its_page_and_in_the_print_view_only()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-rattad.md --
            ---
            title: Rättad
            updated: 2025-02-14
            ---

            En rättad siffra.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var updated = result.Page("2024/rattad/index.html").QuerySelector("main .chapter-updated")!;
        Assert.Equal("Senast uppdaterad 14 februari 2025", updated.NormalizedText());
        Assert.Equal("2025-02-14", updated.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Senast uppdaterad 14 februari 2025", result.Page("2024/utskrift/index.html").QuerySelector("#kapitel-rattad .chapter-updated")!.NormalizedText());
        Assert.Null(result.Page("2024/inledning/index.html").QuerySelector(".chapter-updated"));
        Assert.Null(result.Page("2024/utskrift/index.html").QuerySelector("#kapitel-inledning .chapter-updated"));
        Assert.Equal("Publicerad 1 december 2024", result.Page("2024/index.html").QuerySelector(".published")!.NormalizedText());
    }

    [Fact]
    public void Marking_a_chapter_updated_changes_only_that_chapter_and_the_print_view()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-rattad.md --
            ---
            title: Rättad
            ---

            En rättad siffra.
            """);
        var before = site.Build();
        site.Write("content/2024/02-rattad.md", site.Read("content/2024/02-rattad.md").Replace("title: Rättad\n", "title: Rättad\nupdated: 2025-02-14\n", StringComparison.Ordinal));

        var after = site.Build();

        var changed = after.Files.Where(f => !before.Files.Any(b => b.RelativePath == f.RelativePath && b.Content.AsSpan().SequenceEqual(f.Content)))
            .Select(f => f.RelativePath).Where(p => !p.Contains("/sok/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2024/rattad/index.html", "2024/utskrift/index.html"], changed);
    }

    private static string Description(Lagesbild.Site.Build.BuildResult result, string path) =>
        result.Page(path).Head!.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
}
