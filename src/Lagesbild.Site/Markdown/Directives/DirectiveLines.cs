using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>
/// The 0-based lines the directive parser read as directives (opening, closing or mistaken),
/// read from the blocks themselves. A <c>:::</c> line not among them was hidden from the parser,
/// by indentation or an invisible character, and is reported.
/// </summary>
public static class DirectiveLines
{
    public static IReadOnlySet<int> Of(IEnumerable<ContainerBlock> trees)
    {
        var lines = new HashSet<int>();
        foreach (var block in trees.SelectMany(t => t.Descendants<Block>().Prepend(t)))
        {
            switch (block)
            {
                case InvalidDirectiveBlock invalid:
                    lines.Add(invalid.Line);
                    break;
                case DirectiveLeafBlock leaf:
                    lines.Add(leaf.Line);
                    if (leaf.ClosingLine is { } closing)
                    {
                        lines.Add(closing);
                    }

                    break;
                case DirectiveContainerBlock container:
                    lines.Add(container.Line);
                    if (container.IsClosed)
                    {
                        lines.Add(container.EndLine);
                    }

                    break;
            }
        }

        return lines;
    }
}
