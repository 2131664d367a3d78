using Markdig;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The one Markdown dialect of the site. Raw HTML is off: editors' input is never trusted,
/// and nothing a chapter needs requires it.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// The pipeline used to parse chapters. Without <paramref name="includeInternal"/>,
    /// <c>::: internal</c> blocks are removed while parsing.
    /// </summary>
    public static MarkdownPipeline CreateParser(bool includeInternal = false) => Builder(null, includeInternal).Build();

    /// <summary>A pipeline whose renderer writes directive tables from <paramref name="tables"/>.</summary>
    public static MarkdownPipeline CreateRenderer(DataTableHtmlSource tables) => Builder(tables, keepInternal: true).Build();

    /// <summary>
    /// The same dialect with raw HTML parsing left on, only to find the HTML an editor wrote and
    /// report it: with HTML off, Markdig keeps no trace of it in the tree.
    /// </summary>
    public static MarkdownPipeline CreateRawHtmlFinder() => Builder(null, keepInternal: true, allowHtml: true).Build();

    private static MarkdownPipelineBuilder Builder(DataTableHtmlSource? tables, bool keepInternal, bool allowHtml = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            // Without it inlines (links, images) all report line 0, and findings about them would
            // point at the top of the file instead of at the link.
            .UsePreciseSourceLocation();
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        // Markdig's custom containers are left out on purpose: they accept any `::: word` and
        // would render `::: Internal` as a public div. Every `:::` line goes to the strict parser.
        builder.Extensions.AddIfNotAlready(new DirectiveExtension());
        // Before the section ids, so headings inside removed internal blocks take no ids.
        builder.Extensions.AddIfNotAlready(new InternalContentExtension(keepInternal));
        builder.Extensions.AddIfNotAlready(new SectionIdExtension());
        builder.Extensions.AddIfNotAlready(new DataTableExtension(tables));
        return builder;
    }
}
