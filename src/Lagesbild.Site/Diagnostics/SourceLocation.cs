namespace Lagesbild.Site.Diagnostics;

/// <summary>A 1-based position in a content or layout file, as editors see it in their editor.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that points at a whole file rather than a place in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A command-line option such as <c>--site-url</c>: it has no file, so no line or column either.</summary>
    public static SourceLocation Option(string name) => new(name, 0, 0);

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
