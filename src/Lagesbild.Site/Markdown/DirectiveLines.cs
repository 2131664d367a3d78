using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The 0-based lines the directive parser read as directives (opening, closing or mistaken). A
/// <c>:::</c> line not among them was hidden from the parser, by indentation or an invisible
/// character, and is reported. Kept on the document because removing internal blocks also removes
/// the blocks that knew their lines.
/// </summary>
public static class DirectiveLines
{
    private static readonly object Key = typeof(DirectiveLines);

    public static IReadOnlySet<int> Of(MarkdownDocument document) =>
        document.GetData(Key) as HashSet<int> ?? [];

    internal static void Add(MarkdownDocument document, int line)
    {
        if (document.GetData(Key) is not HashSet<int> lines)
        {
            lines = [];
            document.SetData(Key, lines);
        }

        lines.Add(line);
    }
}
