using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// Where the search tests find their input and output: a frozen copy of the 2024 content (with
/// the thesaurus), so an editor's change of content/ never turns a search quality test red, and
/// an edition's index file, whose name is fingerprinted.
/// </summary>
public static class SearchFiles
{
    public static string FrozenContent => RepoPaths.FrozenContent;

    /// <summary>The repository's layouts with the frozen 2024 content.</summary>
    public static TestSite FrozenSite()
    {
        // FromRepository copies the frozen report, not the live content/.
        return TestSite.FromRepository();
    }

    /// <summary>The one index file of an edition in a written site: <c>&lt;year&gt;/sok/index.&lt;hash&gt;.json</c>.</summary>
    public static string IndexIn(string siteDirectory, int year) =>
        Directory.GetFiles(Path.Combine(siteDirectory, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "sok"), "index.*.json").Single();
}
