using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Plan;

/// <summary>
/// A <c>::: table</c> or <c>::: chart</c> directive resolved once: its anchor, its table and, for a
/// chart, the chart data (computed here, read by the renderer, never built a second time).
/// </summary>
/// <param name="Block">The directive in the chapter's parsed Markdown.</param>
/// <param name="Anchor">The id the page gives it: <c>tabell-id</c> or <c>diagram-id</c>.</param>
/// <param name="Table">The edition's table, or null when it failed to load (already reported).</param>
/// <param name="Chart">For a chart, what it draws; null for a table or a chart that cannot be drawn (reported).</param>
public sealed record PlannedDirective(DataTableBlock Block, string Anchor, DataTable? Table, ChartData? Chart)
{
    public bool IsChart => Block is ChartBlock;

    public string TableId => Block.TableId;
}
