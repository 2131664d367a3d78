namespace Lagesbild.Site.Plan;

/// <summary>The one place a page kind becomes a name: the layout file and the <c>page.kind</c> layouts test.</summary>
public static class PageKinds
{
    /// <summary>The layout's name without <c>.sbn</c>; the site root is rendered as a home page.</summary>
    public static string Layout(this PageKind kind) => kind switch
    {
        PageKind.Home or PageKind.SiteRoot => "home",
        PageKind.Chapter => "chapter",
        PageKind.Print => "print",
        PageKind.Search => "search",
        PageKind.Editions => "editions",
        PageKind.Redirect => "redirect",
        PageKind.NotFound => "notfound",
        PageKind.Accessibility => "accessibility",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string LayoutFile(this PageKind kind) => kind.Layout() + ".sbn";
}
