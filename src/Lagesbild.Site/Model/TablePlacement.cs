using System.Collections.Frozen;
using Lagesbild.Site.Markdown.Directives.Table;
using Markdig.Syntax;

namespace Lagesbild.Site.Model;

/// <summary>
/// Which data tables an edition shows: those a chapter of this build places with a directive.
/// A table file no chapter places, or one placed only in internal content left out of a public
/// build, is not published in any form (download or chart).
/// </summary>
public static class TablePlacement
{
    public static bool IsPlaced(Edition edition, string tableId) => edition.PlacedTableIds.Contains(tableId);

    /// <summary>The ids of the tables the edition's chapters place, read once from their documents.</summary>
    public static FrozenSet<string> PlacedIds(IEnumerable<Chapter> chapters) =>
        chapters.SelectMany(c => c.Document.Descendants<DataTableBlock>()).Select(d => d.TableId).ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<DataTable> PlacedTables(Edition edition) =>
        edition.Tables.Values.Where(t => IsPlaced(edition, t.Id));
}
