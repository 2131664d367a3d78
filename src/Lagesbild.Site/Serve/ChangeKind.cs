namespace Lagesbild.Site.Serve;

/// <summary>What a change on disk touches, which decides how much of the site <c>serve</c> rebuilds.</summary>
[Flags]
public enum ChangeKind
{
    None = 0,

    /// <summary>content/: chapters, data tables, edition.yml, site.yml.</summary>
    Content = 1,

    /// <summary>Scriban layouts (<c>*.sbn</c>) under layouts/.</summary>
    Layouts = 2,

    /// <summary>layouts/assets/ (CSS, scripts) and layouts/serve/ (the dev server's own files).</summary>
    Assets = 4,
}
