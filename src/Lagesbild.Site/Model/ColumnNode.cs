using System.Collections.Immutable;

namespace Lagesbild.Site.Model;

/// <summary>A node of a table's header tree: either a leaf column or a group spanning several.</summary>
public abstract record ColumnNode(string Header);

/// <summary>A leaf column: every row has exactly one cell for it.</summary>
public sealed record ColumnSpec(string Key, string Header, ColumnType Type, string? Marker) : ColumnNode(Header)
{
    public bool IsNumeric => Type != ColumnType.Text;
}

/// <summary>A grouped header (rendered with <c>colspan</c>) over its child columns.</summary>
public sealed record ColumnGroup(string Header, ImmutableArray<ColumnNode> Children) : ColumnNode(Header)
{
    public int LeafCount => Children.Sum(c => c is ColumnGroup g ? g.LeafCount : 1);

    public int Depth => 1 + Children.Max(c => c is ColumnGroup g ? g.Depth : 0);
}
