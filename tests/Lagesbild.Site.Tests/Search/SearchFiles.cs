using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// Where the search tests find their input and output: a frozen copy of the 2024 content (with
/// the thesaurus), so an editor's change of content/ never turns a search quality test red, and
/// an edition's index file, whose name is fingerprinted.
/// </summary>
public static class SearchFiles
{
    public static string FrozenContent => Path.Combine(RepoPaths.Root, "tests", "Lagesbild.Site.Tests", "Fixtures", "content-2024");

    /// <summary>The repository's layouts with the frozen 2024 content.</summary>
    public static TestSite FrozenSite()
    {
        var site = TestSite.FromRepository();
        Directory.Delete(site.ContentDirectory, recursive: true);
        TestSite.CopyDirectory(FrozenContent, site.ContentDirectory);
        return site;
    }

    /// <summary>The one index file of an edition in a written site: <c>&lt;year&gt;/sok/index.&lt;hash&gt;.json</c>.</summary>
    public static string IndexIn(string siteDirectory, int year) =>
        Directory.GetFiles(Path.Combine(siteDirectory, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "sok"), "index.*.json").Single();
}
