using System.Reflection;

namespace Lagesbild.Site.Search;

/// <summary>
/// The browser's search runtime: one ES module that esbuild bundles from
/// src/search-index/search-runtime.js and its imports (our search code, lunr and lunr-languages'
/// Swedish support; bundle-runtime.mjs) when the tool is compiled, embedded in the assembly
/// (Lagesbild.Site.csproj), so building a site needs no Node.js. The layouts' search modules
/// import it as <c>./search-runtime.js</c>.
/// </summary>
public static class SearchRuntime
{
    /// <summary>The name layouts use for it (<c>assets["search-runtime.js"]</c>).</summary>
    public const string AssetName = "search-runtime.js";

    private static readonly Lazy<byte[]> Bytes = new(Read);

    /// <summary>The script, as compiled into this assembly.</summary>
    public static byte[] Script => Bytes.Value;

    private static byte[] Read()
    {
        using var stream = typeof(SearchRuntime).Assembly.GetManifestResourceStream(AssetName)
            ?? throw new InvalidOperationException($"{AssetName} is not embedded in {typeof(SearchRuntime).Assembly.GetName().Name}: the MSBuild target BundleSearchRuntime did not run");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
