using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>A data table from <c>data/&lt;id&gt;.yml</c>: header tree, leaf columns, body rows, source and notes.</summary>
public sealed record DataTable(
    string Id,
    string Caption,
    string? Source,
    ImmutableArray<TableNote> Notes,
    ImmutableArray<ColumnNode> ColumnTree,
    ImmutableArray<RowNode> Rows,
    SourceLocation Location)
{
    /// <summary>Set when <c>new-edition</c> copied the table from an earlier edition (<c>copied_from:</c>), see <see cref="TableCopy"/>.</summary>
    public TableCopy? Copy { get; init; }

    /// <summary>True while the table holds copied figures not yet updated for its edition.</summary>
    public bool AwaitsUpdate => Copy is { AwaitsUpdate: true };

    /// <summary>The leaf columns in order; each row has one cell per leaf.</summary>
    public ImmutableArray<ColumnSpec> Columns { get; } = [.. Leaves(ColumnTree)];

    private static IEnumerable<ColumnSpec> Leaves(IEnumerable<ColumnNode> nodes) =>
        nodes.SelectMany(n => n switch
        {
            ColumnSpec spec => [spec],
            ColumnGroup group => Leaves(group.Children),
            _ => [],
        });
}
