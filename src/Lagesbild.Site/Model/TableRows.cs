namespace Lagesbild.Site.Model;

/// <summary>The data rows of a table in reading order, each with the row group it is in and its depth.</summary>
public static class TableRows
{
    public static IEnumerable<(string? Group, DataRow Row)> Flatten(IEnumerable<RowNode> nodes, string? group) =>
        WithLevel(nodes, group).Select(r => (r.Group, r.Row));

    /// <summary>Like <see cref="Flatten"/>, with the sub-row depth: 0 for a row, 1 for its sub-rows, ….</summary>
    public static IEnumerable<(string? Group, DataRow Row, int Level)> WithLevel(IEnumerable<RowNode> nodes, string? group)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case RowGroup rowGroup:
                    foreach (var row in WithLevel(rowGroup.Rows, rowGroup.Header))
                    {
                        yield return row;
                    }

                    break;
                case DataRow row:
                    foreach (var item in Rows(row, group, 0))
                    {
                        yield return item;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<(string? Group, DataRow Row, int Level)> Rows(DataRow row, string? group, int level)
    {
        yield return (group, row, level);
        foreach (var subRow in row.SubRows.SelectMany(s => Rows(s, group, level + 1)))
        {
            yield return subRow;
        }
    }
}
