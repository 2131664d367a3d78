namespace Lagesbild.Site.Tests.Browser;

/// <summary>One search result as shown on the page.</summary>
public sealed record ShownResult(string Title, string Href, string Where, string Snippet, string[] Marks);

/// <summary>What a reader sees of the search at one moment (see observe() in tests/tools/search-browser.mjs).</summary>
public sealed record SearchView(
    string Url,
    string? Field,
    string? Status,
    bool? PanelHidden,
    ShownResult[] Results,
    string[] Elements,
    string? Empty,
    string? Suggestion,
    string[] Violations,
    string? Xss,
    string? Corrected = null,
    string? Expanded = null)
{
    /// <summary>The page's <c>?q=</c>, decoded.</summary>
    public string Query => System.Web.HttpUtility.ParseQueryString(new Uri(Url).Query)["q"] ?? "";
}
