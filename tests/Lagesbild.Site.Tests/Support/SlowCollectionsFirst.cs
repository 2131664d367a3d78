using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Lagesbild.Site.Tests.Support.SlowCollectionsFirst", "Lagesbild.Site.Tests")]

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Starts the test collections that hand long work to other processes (Chromium, the Nu Html
/// Checker, the CLI) first. Their fixtures start that work in the background and their tests
/// await it, so on two cores the browsers run while the in-memory tests use the threads; started
/// last, as xunit's default order may do, the run would end waiting for them alone.
/// </summary>
public sealed class SlowCollectionsFirst : ITestCollectionOrderer
{
    // By the end of the collection's name (the test class, or the named audit collection); earlier is started first.
    private static readonly string[] Slowest =
    [
        "Audits of the built site",
        ".BrowserSearchTests",
        ".EditionsScriptBrowserTests",
        ".DeterminismTests",
        ".PrintViewTests",
        ".SearchIndexTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .Select(collection => (Collection: collection, Rank: Rank(collection.DisplayName)))
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Collection.DisplayName, StringComparer.Ordinal)
            .Select(c => c.Collection);

    private static int Rank(string name)
    {
        var at = Array.FindIndex(Slowest, suffix => name.EndsWith(suffix, StringComparison.Ordinal));
        return at < 0 ? Slowest.Length : at;
    }
}
