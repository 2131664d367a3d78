using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// The <c>@import</c> lines of a stylesheet, which the build replaces with the imported file so
/// the site publishes one stylesheet. Only the form the build can follow is accepted: one
/// <c>@import "path.css";</c> alone on its line, its path relative to the file.
/// </summary>
public static partial class StylesheetImports
{
    /// <summary>
    /// Each import with the span of its whole line, line end included (what inlining replaces);
    /// an import the build cannot follow is reported (LB960) and left out.
    /// </summary>
    public static ImmutableArray<AssetImport> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var imports = ImmutableArray.CreateBuilder<AssetImport>();
        var start = 0;
        for (var line = 1; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            var content = text[start..next].TrimEnd('\n', '\r');
            var at = content.IndexOf("@import", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var match = ImportLine().Match(content);
                if (!match.Success)
                {
                    diagnostics.Error(DiagnosticCodes.Asset.ImportNotFollowable, new SourceLocation(displayPath, line, at + 1),
                        new("Bygget kan inte följa denna @import: skriv en import per rad, ensam på raden, som `@import \"css/del.css\";`.",
                            "the build cannot follow this @import: write one import per line, alone on it, as `@import \"css/part.css\";`"),
                        new("Flytta reglerna till en egen fil under layouts/assets/css/ och importera den på en egen rad.",
                            "move the rules to a file of their own under layouts/assets/css/ and import it on a line of its own"));
                }
                else if (!AssetNames.IsRelativeStylesheet(match.Groups["path"].Value))
                {
                    diagnostics.Error(DiagnosticCodes.Asset.ImportNotFollowable, new SourceLocation(displayPath, line, match.Groups["path"].Index + 1),
                        new($"`{match.Groups["path"].Value}` är ingen sökväg från filens mapp, så bygget kan inte ta med den.",
                            $"`{match.Groups["path"].Value}` is not a path from the file's folder, so the build cannot include it"),
                        new("Skriv sökvägen från filens mapp, som `css/del.css`; sidan hämtar inget från andra webbplatser.",
                            "write the path from the file's folder, as `css/part.css`; the site loads nothing from other sites"));
                }
                else
                {
                    imports.Add(new AssetImport(match.Groups["path"].Value, line, match.Groups["path"].Index + 1, start, next - start));
                }
            }

            start = next;
        }

        return imports.ToImmutable();
    }

    [GeneratedRegex("""^@import\s+(?<q>["'])(?<path>[^"']*)\k<q>\s*;\s*$""")]
    private static partial Regex ImportLine();
}
