using System.Collections.Immutable;

namespace Lagesbild.Site.Model;

/// <summary>A node of a table body: a data row or a labelled group of rows.</summary>
public abstract record RowNode;

/// <summary>A data row; <see cref="SubRows"/> are shown indented under it.</summary>
public sealed record DataRow(ImmutableArray<Cell> Cells, bool IsTotal, string? Marker, ImmutableArray<DataRow> SubRows) : RowNode;

/// <summary>A row group with a header row spanning the table, e.g. "Stockholm kommun".</summary>
public sealed record RowGroup(string Header, ImmutableArray<RowNode> Rows) : RowNode;
