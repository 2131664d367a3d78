namespace Lagesbild.Site.Model;

/// <summary>What a data-table column holds, which decides parsing, alignment and number format.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Percent,
}
