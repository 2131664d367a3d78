using System.Collections.Immutable;
using System.Security.Cryptography;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Render;

/// <summary>
/// Our own CSS and scripts from <c>layouts/assets/</c>, fingerprinted by content so browsers can
/// cache them forever, each with its Subresource Integrity hash.
/// </summary>
public sealed class AssetSet
{
    private AssetSet(ImmutableSortedDictionary<string, AssetView> views, ImmutableArray<OutputFile> files)
    {
        Views = views;
        Files = files;
    }

    /// <summary>Asset name as written in layouts (<c>site.css</c>) → its URL and integrity.</summary>
    public ImmutableSortedDictionary<string, AssetView> Views { get; }

    public ImmutableArray<OutputFile> Files { get; }

    public static AssetSet Load(string layoutsRoot, UrlBuilder urls)
    {
        var directory = Path.Combine(layoutsRoot, SitePaths.AssetsFolder);
        var views = ImmutableSortedDictionary.CreateBuilder<string, AssetView>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
                var (file, view) = Fingerprint(name, File.ReadAllBytes(path), urls);
                files.Add(file);
                views[name] = view;
            }
        }

        return new AssetSet(views.ToImmutable(), files.ToImmutable());
    }

    /// <summary>This set plus an asset made by the build (the search runtime), fingerprinted the same way.</summary>
    public AssetSet With(string name, byte[] content, UrlBuilder urls)
    {
        var (file, view) = Fingerprint(name, content, urls);
        return new AssetSet(Views.SetItem(name, view), Files.Add(file));
    }

    private static (OutputFile File, AssetView View) Fingerprint(string name, byte[] bytes, UrlBuilder urls)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(name);
        var target = SitePaths.Asset(name[..^extension.Length], fingerprint, extension);
        return (new OutputFile(target, bytes), new AssetView(urls.File(target), "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes))));
    }
}
