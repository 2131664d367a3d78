using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>The audited build really has pictures, on their chapter page and in the print view, so the audits cover images.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditedPicturesTests(AuditSite site)
{
    [Fact]
    public void The_audited_pages_include_a_chapter_and_a_print_view_with_a_figure_and_pictures()
    {
        var chapterPath = site.EditionHome + AuditPictures.Slug + "/index.html";
        Assert.Contains(chapterPath, site.PageFiles);
        foreach (var path in new[] { chapterPath, site.PrintPage + "index.html" })
        {
            var images = site.Result.Page(path).QuerySelectorAll("main img").ToList();
            Assert.True(images.Count >= 2, $"{path} has {images.Count} images");
            Assert.All(images, img =>
            {
                Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
                Assert.NotNull(img.GetAttribute("width"));
                Assert.NotNull(img.GetAttribute("height"));
            });
            Assert.NotNull(site.Result.Page(path).QuerySelector("main figure figcaption"));
        }
    }
}
