namespace Lagesbild.Site.Output;

/// <summary>
/// A folder's absolute path with every symbolic link on the way resolved, so that `--out` cannot
/// reach a protected folder through a link and two spellings of one folder compare equal.
/// </summary>
public static class RealPath
{
    /// <summary>Resolves what exists of <paramref name="path"/>; parts that do not exist yet are kept as written.</summary>
    public static string Resolve(string path)
    {
        var full = Trim(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        // A bound on link hops: a loop of links is left as it is rather than followed for ever.
        var hops = 0;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (hops < 40 && info.LinkTarget is not null)
            {
                hops++;
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                {
                    current = Trim(Path.GetFullPath(target.FullName));
                }
            }
        }

        return Trim(current);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies anywhere under it.</summary>
    public static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path)
    {
        var root = Path.GetPathRoot(path) ?? "";
        return path.Length > root.Length ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
    }
}
