using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>Parses built pages with AngleSharp, the way a browser would see them.</summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Page(this BuildResult result, string relativePath)
    {
        var file = result.Files.SingleOrDefault(f => f.RelativePath == relativePath)
            ?? throw new Xunit.Sdk.XunitException($"no page {relativePath}; pages: {string.Join(", ", result.Files.Select(f => f.RelativePath))}");
        return Parse(System.Text.Encoding.UTF8.GetString(file.Content));
    }

    /// <summary>Every HTML page of a build, by its path in site/.</summary>
    public static IEnumerable<string> Pages(this BuildResult result) =>
        result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>Text with whitespace collapsed, as a reader sees it.</summary>
    public static string NormalizedText(this INode node) =>
        string.Join(' ', (node.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
