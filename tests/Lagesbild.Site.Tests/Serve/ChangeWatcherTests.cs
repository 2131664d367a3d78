using Lagesbild.Site.Serve;

namespace Lagesbild.Site.Tests.Serve;

/// <summary>Which part of the site a saved file belongs to, and which saves are an editor's own litter.</summary>
public sealed class ChangeWatcherTests
{
    [Theory]
    [InlineData("/r/content/2024/02-inledning.md", ChangeKind.Content)]
    [InlineData("/r/content/2024/data/personran.yml", ChangeKind.Content)]
    [InlineData("/r/content/site.yml", ChangeKind.Content)]
    [InlineData("/r/layouts/chapter.sbn", ChangeKind.Layouts)]
    [InlineData("/r/layouts/partials/header.sbn", ChangeKind.Layouts)]
    [InlineData("/r/layouts/assets/site.css", ChangeKind.Assets)]
    [InlineData("/r/layouts/serve/livereload.js", ChangeKind.Assets)]
    [InlineData("/r/content/2024/.02-inledning.md.swp", ChangeKind.None)]
    [InlineData("/r/content/2024/02-inledning.md~", ChangeKind.None)]
    [InlineData("/r/site/index.html", ChangeKind.None)]
    public void Changes_are_classified_by_where_they_are(string path, ChangeKind expected)
    {
        Assert.Equal(expected, ChangeWatcher.Classify(path, "/r/content", "/r/layouts"));
    }
}
