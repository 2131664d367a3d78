using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render.Assets;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// Our own CSS and scripts from <c>layouts/assets/</c>, plus those the build makes (the search
/// runtime), fingerprinted by content so browsers can cache them forever, each with its
/// Subresource Integrity hash. Stylesheet imports are inlined and script imports rewritten
/// (<see cref="AssetGraph"/>).
/// </summary>
public sealed class AssetSet
{
    private AssetSet(ImmutableSortedDictionary<string, AssetView> views, ImmutableArray<OutputFile> files)
    {
        Views = views;
        Files = files;
    }

    /// <summary>Asset name as written in layouts (<c>site.css</c>) → its URL, integrity and preloads.</summary>
    public ImmutableSortedDictionary<string, AssetView> Views { get; }

    public ImmutableArray<OutputFile> Files { get; }

    /// <param name="built">Assets the build makes, by name; layouts' scripts may import them (<c>./search-runtime.js</c>).</param>
    public static AssetSet Load(string layoutsRoot, DisplayPath paths, IReadOnlyDictionary<string, byte[]> built, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(layoutsRoot, SitePaths.AssetsFolder);
        var sources = ImmutableSortedDictionary.CreateBuilder<string, AssetSource>(StringComparer.Ordinal);
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetRelativePath(directory, path).Replace('\\', '/');
                sources[name] = new AssetSource(name, File.ReadAllBytes(path), paths.For(path));
            }
        }

        foreach (var (name, content) in built)
        {
            sources[name] = new AssetSource(name, content, null);
        }

        var (views, files) = AssetGraph.Publish(sources.ToImmutable(), urls, diagnostics);
        return new AssetSet(views, files);
    }
}
