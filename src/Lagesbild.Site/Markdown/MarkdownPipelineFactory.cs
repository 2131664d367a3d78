using Lagesbild.Site.Markdown.Directives;
using Lagesbild.Site.Markdown.Rendering;
using Markdig;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The one Markdown dialect of the site. Raw HTML is off: editors' input is never trusted,
/// and nothing a chapter needs requires it.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The pipeline that parses chapters; <see cref="ChapterParser"/> uses it and drops internal blocks after it.</summary>
    public static MarkdownPipeline CreateParser() => Builder().Build();

    /// <summary>The pipeline that renders chapters, each render in its scope (<see cref="ScopedHtmlRenderer.Create"/>).</summary>
    public static MarkdownPipeline CreateRenderer()
    {
        var builder = Builder();
        builder.Extensions.AddIfNotAlready<ChapterRenderExtension>();
        return builder.Build();
    }

    /// <summary>
    /// The same dialect with raw HTML parsing left on, only to find the HTML an editor wrote and
    /// report it: with HTML off, Markdig keeps no trace of it in the tree.
    /// </summary>
    public static MarkdownPipeline CreateRawHtmlFinder() => Builder(allowHtml: true).Build();

    private static MarkdownPipelineBuilder Builder(bool allowHtml = false)
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
        builder.Extensions.AddIfNotAlready<DirectiveExtension>();
        return builder;
    }
}
