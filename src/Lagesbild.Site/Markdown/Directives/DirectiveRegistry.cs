using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Figure;
using Lagesbild.Site.Markdown.Directives.Internal;
using Lagesbild.Site.Markdown.Directives.Table;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// Every <c>:::</c> directive the site knows, one line each. Adding a directive is a new folder
/// with its <see cref="Directive"/> and one line here (see docs/recipes/add-a-directive.md).
/// </summary>
public static class DirectiveRegistry
{
    /// <summary>In the order hints list them.</summary>
    public static IReadOnlyList<Directive> All { get; } =
    [
        new InternalDirective(),
        new FigureDirective(),
        new TableDirective(),
        new ChartDirective(),
    ];

    /// <summary>The directive written <paramref name="keyword"/>, exactly (lowercase), or null.</summary>
    public static Directive? Find(string keyword) => All.FirstOrDefault(d => d.Keyword == keyword);
}
