namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// An asset before publishing: its name under <c>layouts/assets/</c> (<c>css/header.css</c>), its
/// bytes, and how messages name its file; null for an asset the build makes (the search runtime),
/// whose imports are not followed.
/// </summary>
public sealed record AssetSource(string Name, byte[] Content, string? DisplayPath)
{
    /// <summary>Made by the build and published as it is: its imports, if any, are its own business.</summary>
    public bool IsBuilt => DisplayPath is null;

    public bool IsStylesheet => Name.EndsWith(".css", StringComparison.Ordinal);

    public bool IsScript => Name.EndsWith(".js", StringComparison.Ordinal);
}
