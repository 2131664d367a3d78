namespace Lagesbild.Site.Text;

/// <summary>
/// How a file is named in messages: relative to an explicit <see cref="Root"/> (the CLI passes the
/// folder it runs in, a test its site's folder), with forward slashes. A file outside the root, or
/// any file when there is no root, is named by its full path. The root is passed in, never read
/// from the working directory, so the same build reports the same text wherever it runs.
/// </summary>
public sealed record DisplayPath(string? Root)
{
    /// <summary>Full paths only: for callers that have no folder to show paths from.</summary>
    public static DisplayPath Full { get; } = new((string?)null);

    public string For(string fullPath)
    {
        if (Root is null)
        {
            return fullPath.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(Root, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
