using System.Text;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// Script modules under layouts/assets/ import each other by relative path; the build publishes
/// each under its fingerprinted name and rewrites the imports to those names, so a browser that
/// cached last year's module never runs it with this year's importer.
/// </summary>
public sealed class AssetModuleTests : IDisposable
{
    private readonly TempDirectory _layouts = new();

    public void Dispose() => _layouts.Dispose();

    [Fact]
    public void Each_import_names_the_published_file_and_the_entry_preloads_everything_it_imports()
    {
        // Given an entry module that imports a part in a subfolder, which imports another, and loads one on demand
        Write("page.js", "import { part } from './parts/part.js';\nexport const later = () => import('./later.js');\npart();\n");
        Write("parts/part.js", "import { shared } from '../shared.js';\nexport function part() { shared(); }\n");
        Write("shared.js", "export function shared() {}\n");
        Write("later.js", "export const x = 1;\n");

        // When the assets are published
        var assets = Load();

        // Then every import is the relative path to the fingerprinted file, which is published
        var page = Text(assets, "page.js");
        var part = Text(assets, "parts/part.js");
        Assert.Contains($"from './{Name(assets, "parts/part.js")}'", page, StringComparison.Ordinal);
        Assert.Contains($"import('./{Name(assets, "later.js")}')", page, StringComparison.Ordinal);
        Assert.Contains($"from '../{Name(assets, "shared.js")}'", part, StringComparison.Ordinal);

        // And the entry preloads its static imports, direct and indirect, but not what it loads on demand
        Assert.Equal([assets.Views["parts/part.js"].Url, assets.Views["shared.js"].Url], assets.Views["page.js"].Preloads.Select(p => p.Url));
    }

    [Fact]
    public void Changing_an_imported_module_renames_every_module_that_imports_it()
    {
        Write("page.js", "import { shared } from './shared.js';\nshared();\n");
        Write("shared.js", "export function shared() {}\n");
        var before = Load();

        Write("shared.js", "export function shared() { return 1; }\n");
        var after = Load();

        Assert.NotEqual(before.Views["shared.js"].Url, after.Views["shared.js"].Url);
        Assert.NotEqual(before.Views["page.js"].Url, after.Views["page.js"].Url);
    }

    [Fact]
    public void A_stylesheet_imported_from_a_component_is_inlined_in_place_and_not_published_alone()
    {
        Write("site.css", "/* site */\n@import \"css/a.css\";\n.after { }\n");
        Write("css/a.css", ".a { }\n@import \"b.css\";\n");
        Write("css/b.css", ".b { }\n");

        var assets = Load();

        Assert.Equal("/* site */\n.a { }\n.b { }\n.after { }\n", Text(assets, "site.css"));
        Assert.Equal(["site.css"], assets.Views.Keys);
    }

    private AssetSet Load()
    {
        var diagnostics = new DiagnosticBag();
        var assets = AssetSet.Load(_layouts.Path, DisplayPath.Full, new Dictionary<string, byte[]>(), new UrlBuilder("/"), diagnostics);
        Assert.Empty(diagnostics.ToSortedArray());
        return assets;
    }

    private void Write(string name, string text)
    {
        var path = _layouts.Combine(["assets", .. name.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Text(AssetSet assets, string name) =>
        Encoding.UTF8.GetString(assets.Files.Single(f => "/" + f.RelativePath == assets.Views[name].Url).Content);

    /// <summary>The published file's path under assets/ (<c>parts/part.1a2b3c4d5e.js</c>).</summary>
    private static string Name(AssetSet assets, string name) => assets.Views[name].Url["/assets/".Length..];
}
