namespace Lagesbild.Site.Markdown;

/// <summary>The one place a directive kind is spelled as editors write it after <c>:::</c>.</summary>
public static class DirectiveKinds
{
    public static string Word(this DirectiveKind kind) => kind switch
    {
        DirectiveKind.Table => "table",
        DirectiveKind.Chart => "chart",
        DirectiveKind.Internal => "internal",
        DirectiveKind.Figure => "figure",
        _ => "",
    };
}
