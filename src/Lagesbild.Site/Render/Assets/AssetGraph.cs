using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// Publishes the assets with the references between them followed: a stylesheet's
/// <c>@import</c>s are inlined (the parts under <c>css/</c> are not published on their own), and a
/// script module's imports are rewritten to the fingerprinted names of the modules they name,
/// which are published first because their names depend on their bytes. A reference the build
/// cannot follow is reported at its file:line:col (LB960–LB963) and the asset is left out.
/// </summary>
public sealed class AssetGraph
{
    private readonly ImmutableSortedDictionary<string, AssetSource> _sources;
    private readonly UrlBuilder _urls;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (AssetView View, OutputFile File)?> _published = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _inlined = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];

    private AssetGraph(ImmutableSortedDictionary<string, AssetSource> sources, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        _sources = sources;
        _urls = urls;
        _diagnostics = diagnostics;
    }

    /// <summary>Every source published, by name, except stylesheets that another stylesheet imports.</summary>
    public static (ImmutableSortedDictionary<string, AssetView> Views, ImmutableArray<OutputFile> Files) Publish(
        ImmutableSortedDictionary<string, AssetSource> sources, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        var graph = new AssetGraph(sources, urls, diagnostics);
        var imported = graph.ImportedStylesheets();
        var views = ImmutableSortedDictionary.CreateBuilder<string, AssetView>(StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        foreach (var name in sources.Keys.Where(n => !imported.Contains(n)))
        {
            if (graph.Published(name) is { } published)
            {
                views[name] = published.View;
                files.Add(published.File);
            }
        }

        return (views.ToImmutable(), files.ToImmutable());
    }

    private HashSet<string> ImportedStylesheets()
    {
        var imported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in _sources.Values.Where(s => s.IsStylesheet && !s.IsBuilt))
        {
            foreach (var import in StylesheetImports.Read(Text(source), source.DisplayPath!, new DiagnosticBag()))
            {
                if (AssetNames.Resolve(source.Name, import.Specifier) is { } target)
                {
                    imported.Add(target);
                }
            }
        }

        return imported;
    }

    /// <summary>The published asset, made once; null when one of its references failed (already reported).</summary>
    private (AssetView View, OutputFile File)? Published(string name)
    {
        if (_published.TryGetValue(name, out var done))
        {
            return done;
        }

        var source = _sources[name];
        var result = source.IsBuilt ? Fingerprint(name, source.Content, [])
            : source.IsScript ? Script(source)
            : source.IsStylesheet ? Stylesheet(source)
            : Fingerprint(name, source.Content, []);
        _published[name] = result;
        return result;
    }

    private (AssetView View, OutputFile File)? Stylesheet(AssetSource source)
    {
        var text = Inlined(source.Name);
        return text is null ? null : Fingerprint(source.Name, Encoding.UTF8.GetBytes(text), []);
    }

    /// <summary>The stylesheet's text with each import line replaced by the imported file's text, recursively.</summary>
    private string? Inlined(string name)
    {
        if (_inlined.TryGetValue(name, out var done))
        {
            return done;
        }

        var source = _sources[name];
        var text = Text(source);
        var imports = StylesheetImports.Read(text, source.DisplayPath!, _diagnostics);
        var result = new StringBuilder();
        var position = 0;
        var failed = !StylesheetBlocks.Check(text, source.DisplayPath!, _diagnostics);
        _path.Add(name);
        foreach (var import in imports)
        {
            result.Append(text, position, import.Start - position);
            position = import.Start + import.Length;
            var target = Resolve(source, import, ".css");
            var part = target is null ? null : Inlined(target);
            failed |= part is null;
            result.Append(part);
        }

        _path.RemoveAt(_path.Count - 1);
        result.Append(text, position, text.Length - position);
        var inlined = failed ? null : result.ToString();
        _inlined[name] = inlined;
        return inlined;
    }

    private (AssetView View, OutputFile File)? Script(AssetSource source)
    {
        var text = Text(source);
        var (statics, dynamics) = ScriptImports.Read(text, source.DisplayPath!, _diagnostics);
        var rewritten = new StringBuilder();
        var preloads = new List<AssetView>();
        var position = 0;
        var failed = false;
        // Published in the same folder under assets/ as its source is under layouts/assets/.
        var publishedAs = $"{SitePaths.AssetsFolder}/{source.Name}";
        _path.Add(source.Name);
        foreach (var import in statics.Concat(dynamics).OrderBy(i => i.Start))
        {
            rewritten.Append(text, position, import.Start - position);
            position = import.Start + import.Length;
            var name = Resolve(source, import, ".js");
            var published = name is null ? null : Published(name);
            if (published is not { } imported)
            {
                failed = true;
                continue;
            }

            rewritten.Append(AssetNames.Relative(publishedAs, imported.File.RelativePath));
            if (statics.Contains(import))
            {
                preloads.AddRange(imported.View.Preloads.Prepend(imported.View).Where(v => !preloads.Contains(v)));
            }
        }

        _path.RemoveAt(_path.Count - 1);
        rewritten.Append(text, position, text.Length - position);
        return failed ? null : Fingerprint(source.Name, statics.Length + dynamics.Length == 0 ? source.Content : Encoding.UTF8.GetBytes(rewritten.ToString()), [.. preloads]);
    }

    /// <summary>The asset an import names, or null after reporting why the build cannot follow it.</summary>
    private string? Resolve(AssetSource importer, AssetImport import, string extension)
    {
        var at = new SourceLocation(importer.DisplayPath!, import.Line, import.Column);
        var name = AssetNames.Resolve(importer.Name, import.Specifier);
        if (name is null)
        {
            _diagnostics.Error(DiagnosticCodes.Asset.ImportOutsideAssets, at,
                new($"`{import.Specifier}` pekar ut ur mappen layouts/assets/.", $"`{import.Specifier}` points out of the layouts/assets/ folder"),
                new("Lägg filen under layouts/assets/ och importera den därifrån.", "put the file under layouts/assets/ and import it from there"));
            return null;
        }

        if (!_sources.ContainsKey(name) || !name.EndsWith(extension, StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticCodes.Asset.ImportMissing, at,
                new($"`{import.Specifier}` finns inte: det finns ingen fil layouts/assets/{name}.", $"`{import.Specifier}` does not exist: there is no file layouts/assets/{name}"),
                new($"Rätta sökvägen eller skapa filen; en import av {(extension == ".css" ? "en stilmall" : "ett skript")} slutar på `{extension}`.",
                    $"correct the path or create the file; an import of a {(extension == ".css" ? "stylesheet" : "script")} ends in `{extension}`"));
            return null;
        }

        if (_path.Contains(name))
        {
            var cycle = string.Join(" → ", _path.SkipWhile(n => n != name).Append(name));
            _diagnostics.Error(DiagnosticCodes.Asset.ImportCycle, at,
                new($"Importerna går i cirkel: {cycle}.", $"the imports go round in a circle: {cycle}"),
                new("Ta bort en av importerna i cirkeln; flytta det som båda filerna behöver till en tredje fil.",
                    "remove one of the imports in the circle; move what both files need to a third file"));
            return null;
        }

        return name;
    }

    private static string Text(AssetSource source) => Encoding.UTF8.GetString(source.Content);

    private (AssetView View, OutputFile File) Fingerprint(string name, byte[] bytes, ImmutableArray<AssetView> preloads)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(name);
        var file = new OutputFile(SitePaths.Asset(name[..^extension.Length], fingerprint, extension), bytes);
        return (new AssetView(_urls.File(file.RelativePath), "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes))) { Preloads = preloads }, file);
    }
}
