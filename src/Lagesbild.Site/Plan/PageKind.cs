namespace Lagesbild.Site.Plan;

/// <summary>What a page is; <see cref="PageKinds.Layout"/> maps it to the layout that renders it.</summary>
public enum PageKind
{
    /// <summary>An edition's home: <c>&lt;year&gt;/</c>.</summary>
    Home,

    /// <summary>The site root, which repeats the latest published edition's home.</summary>
    SiteRoot,

    Chapter,

    /// <summary>The whole edition on one page: <c>&lt;year&gt;/utskrift/</c>.</summary>
    Print,

    /// <summary>An edition's search page: <c>&lt;year&gt;/sok/</c>.</summary>
    Search,

    /// <summary>The list of every edition: <c>utgavor/</c>.</summary>
    Editions,

    /// <summary>A <c>senaste/</c> page leading to the latest edition.</summary>
    Redirect,

    NotFound,

    /// <summary>The accessibility statement: <c>tillganglighet/</c>.</summary>
    Accessibility,
}
