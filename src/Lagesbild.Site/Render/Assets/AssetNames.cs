namespace Lagesbild.Site.Render.Assets;

/// <summary>Names of assets relative to <c>layouts/assets/</c>, always with forward slashes.</summary>
public static class AssetNames
{
    /// <summary>
    /// The asset a relative specifier in <paramref name="importer"/> names (<c>../x.css</c> from
    /// <c>css/a.css</c> is <c>x.css</c>); null when it climbs out of the assets folder.
    /// </summary>
    public static string? Resolve(string importer, string specifier)
    {
        var segments = new List<string>(importer.Split('/')[..^1]);
        foreach (var segment in specifier.Split('/'))
        {
            if (segment is "." or "")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>How a file in <paramref name="fromFile"/>'s folder addresses <paramref name="toFile"/> (both output paths).</summary>
    public static string Relative(string fromFile, string toFile)
    {
        var from = fromFile.Split('/')[..^1];
        var to = toFile.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared])
        {
            shared++;
        }

        var up = string.Concat(Enumerable.Repeat("../", from.Length - shared));
        var rest = string.Join('/', to[shared..]);
        return up.Length == 0 ? "./" + rest : up + rest;
    }

    /// <summary>
    /// Whether the build follows a script's specifier: a browser resolves only <c>./</c> and
    /// <c>../</c> against the file; anything else is a package name or a URL.
    /// </summary>
    public static bool IsRelativeScript(string specifier) =>
        specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal);

    /// <summary>Whether the build follows a stylesheet's <c>@import</c>: a path from the file's folder, not a URL or a root path.</summary>
    public static bool IsRelativeStylesheet(string specifier) =>
        specifier.Length > 0 && !specifier.Contains(':') && !specifier.StartsWith('/') && !specifier.Contains('(');
}
