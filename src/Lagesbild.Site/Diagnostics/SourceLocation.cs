using Markdig.Syntax;

namespace Lagesbild.Site.Diagnostics;

/// <summary>A 1-based position in a content or layout file, as editors see it in their editor.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location that points at a whole file rather than a place in it.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A command-line option such as <c>--site-url</c>: it has no file, so no line or column either.</summary>
    public static SourceLocation Option(string name) => new(name, 0, 0);

    /// <summary>
    /// Where a Markdown node starts. Markdig counts from zero; chapters are parsed whole (front
    /// matter included), so its line is the file's line without any offset.
    /// </summary>
    public static SourceLocation Of(string path, MarkdownObject node) => new(path, node.Line + 1, node.Column + 1);

    /// <summary>Where a Scriban span starts. Scriban counts from zero too.</summary>
    public static SourceLocation Of(string path, Scriban.Parsing.SourceSpan span) => new(path, span.Start.Line + 1, span.Start.Column + 1);

    public override string ToString() => Line == 0 ? Path : $"{Path}:{Line}:{Column}";
}
