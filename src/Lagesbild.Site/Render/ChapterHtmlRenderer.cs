using Lagesbild.Site.Markdown;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render.Charts;
using Lagesbild.Site.Render.Downloads;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Render;

/// <summary>
/// Renders an edition's chapters from their already parsed Markdown: directive tables and charts
/// come from the plan's resolved directives (a chart's data was computed by the assemble stage),
/// and links to <c>.md</c> files become the site's URLs.
/// </summary>
public sealed class ChapterHtmlRenderer
{
    private readonly EditionPlan _edition;
    private readonly UrlBuilder _urls;
    private readonly MarkdownPipeline _pipeline;

    public ChapterHtmlRenderer(EditionPlan edition, UrlBuilder urls)
    {
        _edition = edition;
        _urls = urls;
        var tables = edition.Edition.Tables;
        var tablesHtml = tables.ToDictionary(
            t => t.Key,
            t => TableHtmlWriter.Write(t.Value, PageIds.TableAnchor(t.Key),
                TableDownloads.LinksHtml(edition.Year, t.Value, TableHtmlWriter.CaptionId(PageIds.TableAnchor(t.Key)), urls)),
            StringComparer.Ordinal);
        var directives = edition.Chapters.SelectMany(c => c.Directives).ToDictionary(d => (object)d.Block, ReferenceEqualityComparer.Instance);
        _pipeline = MarkdownPipelineFactory.CreateRenderer(block =>
            block.Kind == DirectiveKind.Chart ? ChartHtml(directives.GetValueOrDefault(block)) : tablesHtml.GetValueOrDefault(block.TableId));
    }

    public string Render(ChapterPlan chapter)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new Images.ImageLinkRenderer(_edition.Edition.Images, _urls.File));
        renderer.Render(chapter.Chapter.Document);
        writer.Flush();
        return writer.ToString();
    }

    private static string? ChartHtml(PlannedDirective? directive) =>
        directive?.Chart is { } chart ? ChartHtmlWriter.Write(chart, directive.Anchor) : null;

    private string RewriteLink(string url)
    {
        if (url.StartsWith('#') || Model.ChapterLink.Parse(url) is not { Slug: { } slug } link)
        {
            return url;
        }

        var year = link.Year ?? _edition.Year;
        var target = _urls.Chapter(year, slug);
        return link.Anchor is null ? target : target + "#" + Uri.EscapeDataString(link.Anchor);
    }
}
