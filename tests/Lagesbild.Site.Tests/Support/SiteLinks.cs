using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>Follows every link of a build to a file of the same build and, for <c>#anchor</c>s, to an element on that page.</summary>
public static class SiteLinks
{
    /// <summary>Asserts that every <c>a[href]</c> and <c>link[href]</c> of every page resolves; returns how many were followed.</summary>
    public static int AssertAllResolve(BuildResult result)
    {
        var pages = result.Pages().ToDictionary(p => p, p => result.Page(p));
        var files = result.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var checkedLinks = 0;
        foreach (var (path, page) in pages)
        {
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                // The only links that leave the site: contact by e-mail, and DIGG's complaint form, which the law requires.
                if (href.StartsWith("mailto:", StringComparison.Ordinal) || (path == "tillganglighet/index.html" && href == Lagesbild.Site.Render.StatementView.DiggComplaintForm))
                {
                    continue;
                }

                Assert.False(href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("//", StringComparison.Ordinal),
                    $"{path} links to another host: {href}");
                var (target, anchor) = Resolve(path, href);
                var file = target.EndsWith('/') ? target.TrimStart('/') + "index.html" : target.TrimStart('/');
                Assert.True(files.Contains(file), $"{path}: {href} leads to {file}, which is not in the site");
                if (anchor.Length > 0 && pages.TryGetValue(file, out var targetPage))
                {
                    Assert.True(targetPage.GetElementById(Uri.UnescapeDataString(anchor)) is not null, $"{path}: {href} has no #{anchor} on {file}");
                }

                checkedLinks++;
            }
        }

        return checkedLinks;
    }

    private static (string Target, string Anchor) Resolve(string pagePath, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var target = hash < 0 ? href : href[..hash];
        var anchor = hash < 0 ? "" : href[(hash + 1)..];
        if (target.Length == 0)
        {
            target = "/" + (pagePath.EndsWith("index.html", StringComparison.Ordinal) ? pagePath[..^"index.html".Length] : pagePath);
        }

        return (target, anchor);
    }
}
