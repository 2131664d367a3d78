using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;

namespace Lagesbild.Site.Tests.Content;

/// <summary>The readers take text as well as a path, so a test of what they report needs no file on disk.</summary>
public sealed class ReadTextTests
{
    [Fact]
    public void A_synonym_group_of_one_word_is_reported_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var file = SynonymFileReader.ReadText("content/synonymer.yml", "groups:\n  - [polis, polisen]\n  - [inbrott]\n", diagnostics);

        Assert.NotNull(file);
        Assert.Single(file.Groups);
        var finding = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(("content/synonymer.yml:3:5", DiagnosticCodes.Search.ThesaurusGroupTooSmall), (finding.Location.ToString(), finding.Code));
    }

    [Fact]
    public void A_chapter_takes_its_order_and_slug_from_the_name_it_is_shown_by()
    {
        var diagnostics = new DiagnosticBag();

        var chapter = ChapterFileReader.ReadText("content/2024/03-trygghet.md", "---\ntitle: Trygghet\n---\n\n## Otrygghet\n", new ChapterParser(keepInternal: false), diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal((3, "trygghet", "Trygghet"), (chapter!.Order, chapter.Slug, chapter.Title));
    }

    [Fact]
    public void An_empty_heading_has_its_own_code()
    {
        var diagnostics = new DiagnosticBag();

        ChapterFileReader.ReadText("content/2024/01-a.md", "---\ntitle: A\n---\n\n##\n", new ChapterParser(keepInternal: false), diagnostics);

        var finding = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(("content/2024/01-a.md:5:1", DiagnosticCodes.Chapter.EmptyHeading), (finding.Location.ToString(), finding.Code));
    }

    [Fact]
    public void A_site_file_that_is_not_a_mapping_is_reported_once()
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteFileReader.ReadText("content/site.yml", "- title\n", diagnostics);

        Assert.Null(settings);
        Assert.Equal("content/site.yml:1:1", Assert.Single(diagnostics.ToSortedArray()).Location.ToString());
    }
}
