namespace Lagesbild.Site.Render;

/// <summary>
/// HTML the site itself produced (a rendered chapter, a page body, an included partial), which
/// layouts write as it is. Every other value a layout writes is escaped, so markup can only enter a
/// page through this type, and only C# code can make one.
/// </summary>
public sealed record HtmlString(string Value)
{
    public static readonly HtmlString Empty = new("");

    /// <summary>For layouts: <c>{{ if !page.content_html.is_empty }}</c>.</summary>
    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}
