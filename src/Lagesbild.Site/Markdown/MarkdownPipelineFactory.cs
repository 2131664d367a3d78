using Markdig;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// The one Markdown dialect of the site. Raw HTML is off: editors' input is never trusted,
/// and nothing a chapter needs requires it.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The pipeline used to parse chapters (no rendering concerns).</summary>
    public static MarkdownPipeline CreateParser() => Builder(null).Build();

    /// <summary>A pipeline whose renderer writes directive tables from <paramref name="tables"/>.</summary>
    public static MarkdownPipeline CreateRenderer(DataTableHtmlSource tables) => Builder(tables).Build();

    private static MarkdownPipelineBuilder Builder(DataTableHtmlSource? tables)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            .UseCustomContainers()
            .DisableHtml();
        builder.Extensions.AddIfNotAlready(new SectionIdExtension());
        builder.Extensions.AddIfNotAlready(new DataTableExtension(tables));
        return builder;
    }
}
