using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// The imports of a script module, which the build rewrites to the imported file's fingerprinted
/// name: <c>import … from './x.js'</c>, <c>export … from './x.js'</c>, <c>import './x.js'</c>
/// (static, so the page preloads them) and <c>import('./x.js')</c> (loaded when the code asks).
/// </summary>
public static partial class ScriptImports
{
    /// <summary>The static and the dynamic imports, each with the span of its specifier; one that is not relative is reported (LB960).</summary>
    public static (ImmutableArray<AssetImport> Static, ImmutableArray<AssetImport> Dynamic) Read(string text, string displayPath, DiagnosticBag diagnostics) =>
        (Find(StaticImport(), text, displayPath, diagnostics), Find(DynamicImport(), text, displayPath, diagnostics));

    private static ImmutableArray<AssetImport> Find(Regex pattern, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var imports = ImmutableArray.CreateBuilder<AssetImport>();
        foreach (Match match in pattern.Matches(text))
        {
            var specifier = match.Groups["path"];
            var lineStart = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
            if (IsComment(text[lineStart..match.Index]))
            {
                continue;
            }

            var line = 1 + text.AsSpan(0, specifier.Index).Count('\n');
            var column = specifier.Index - (text.LastIndexOf('\n', specifier.Index - 1) + 1) + 1;
            if (!AssetNames.IsRelativeScript(specifier.Value))
            {
                diagnostics.Error(DiagnosticCodes.Asset.ImportNotFollowable, new SourceLocation(displayPath, line, column),
                    new($"`{specifier.Value}` är ingen sökväg från filens mapp, så bygget kan inte följa importen.",
                        $"`{specifier.Value}` is not a path from the file's folder, so the build cannot follow the import"),
                    new("Skriv sökvägen med `./` eller `../` först, till en fil under layouts/assets/; sidan hämtar inget från andra webbplatser.",
                        "start the path with `./` or `../`, to a file under layouts/assets/; the site loads nothing from other sites"));
                continue;
            }

            imports.Add(new AssetImport(specifier.Value, line, column, specifier.Index, specifier.Length));
        }

        return imports.ToImmutable();
    }

    private static bool IsComment(string beforeOnLine)
    {
        var trimmed = beforeOnLine.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal);
    }

    // A statement that starts a line, or follows `;` or `}` (minified code).
    [GeneratedRegex("""(?<=(?:^|[;}])[ \t]*)(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(?<q>["'])(?<path>[^"'\r\n]+)\k<q>""", RegexOptions.Multiline)]
    private static partial Regex StaticImport();

    [GeneratedRegex("""\bimport\s*\(\s*(?<q>["'])(?<path>[^"'\r\n]+)\k<q>\s*\)""")]
    private static partial Regex DynamicImport();
}
