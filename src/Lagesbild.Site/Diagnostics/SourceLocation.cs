namespace Lagesbild.Site.Diagnostics;

/// <summary>A 1-based position in a content or layout file, as editors see it in their editor.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that points at a whole file rather than a place in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
