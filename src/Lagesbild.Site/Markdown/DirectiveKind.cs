namespace Lagesbild.Site.Markdown;

/// <summary>What a <c>:::</c> line is: one of the known directives, the closing line, or a mistake.</summary>
public enum DirectiveKind
{
    Table,
    Chart,
    Internal,
    Figure,
    Close,
    Invalid,
}
