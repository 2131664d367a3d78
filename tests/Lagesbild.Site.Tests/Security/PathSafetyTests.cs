using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>Nothing an editor writes can make the build read outside content/ or write outside the output folder.</summary>
public sealed class PathSafetyTests
{
    [Fact]
    public void A_symbolic_link_out_of_content_is_refused_with_its_path()
    {
        using var outside = new TempDirectory();
        File.WriteAllText(outside.Combine("hemlig.yml"), "caption: Utanför\ncolumns: []\nrows: []\n");
        using var site = TestSite.FromFrozenReport();
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "2024", "data", "hemlig.yml"), outside.Combine("hemlig.yml"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Lagesbild.Site.Diagnostics.Severity.Error);
        Assert.EndsWith("content/2024/data/hemlig.yml", diagnostic.Location.Path);
        Assert.Contains("symbolic links are not allowed", diagnostic.Message.English);
    }

    [Theory]
    [InlineData("../utanfor.html")]
    [InlineData("2024/../../utanfor.html")]
    [InlineData("/etc/passwd")]
    public void The_writer_refuses_paths_that_leave_the_output_folder(string relativePath)
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site");

        Assert.Throws<InvalidOperationException>(() => StagedDirectoryWriter.Write(output, [OutputFile.Text(relativePath, "x")]));

        Assert.False(Directory.Exists(output));
        Assert.False(File.Exists(directory.Combine("utanfor.html")));
    }

    [Theory]
    [InlineData("01-../../x.md")]
    [InlineData("01-Stora-Bokstaver.md")]
    [InlineData("1-kort.md")]
    public void Chapter_file_names_that_are_not_plain_slugs_are_rejected(string fileName)
    {
        Assert.False(Lagesbild.Site.Content.ChapterFileReader.TryParseFileName(fileName, out _, out _));
    }
}
