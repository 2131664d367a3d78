namespace Lagesbild.Site.Search;

/// <summary>When a build writes the search indexes.</summary>
public enum SearchMode
{
    /// <summary>With the pages (<c>build</c>): the indexes are built beside Render and written with the site.</summary>
    Inline,

    /// <summary>
    /// After the pages (<c>serve</c>): the build returns its <see cref="SearchPlan"/> in
    /// <c>BuildResult.PendingSearch</c>, and serve builds the indexes once the pages are out.
    /// </summary>
    Deferred,

    /// <summary>Not at all (<c>check</c>): nothing is written, but the pages still render, as a layout error only shows then.</summary>
    Skipped,
}
