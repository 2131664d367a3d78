using Lagesbild.Site.Markdown;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Charts;
using Lagesbild.Site.Render.Charts;
using Lagesbild.Site.Render.Downloads;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Render;

/// <summary>
/// Renders an edition's chapters from their already parsed Markdown: directive tables and charts
/// come from the edition's data (charts also from earlier editions), and links to <c>.md</c>
/// files become the site's URLs.
/// </summary>
public sealed class ChapterHtmlRenderer
{
    private readonly Model.Site _site;
    private readonly Edition _edition;
    private readonly UrlBuilder _urls;
    private readonly MarkdownPipeline _pipeline;

    public ChapterHtmlRenderer(Model.Site site, Edition edition, UrlBuilder urls)
    {
        _site = site;
        _edition = edition;
        _urls = urls;
        var tablesHtml = edition.Tables.ToDictionary(
            t => t.Key,
            t => TableHtmlWriter.Write(t.Value, ModelValidator.TableAnchor(t.Key),
                TableDownloads.LinksHtml(edition.Year, t.Value, TableHtmlWriter.CaptionId(ModelValidator.TableAnchor(t.Key)), urls)),
            StringComparer.Ordinal);
        _pipeline = MarkdownPipelineFactory.CreateRenderer(directive =>
            directive.Kind == "chart" ? ChartHtml(directive) : tablesHtml.GetValueOrDefault(directive.TableId));
    }

    public string Render(Chapter chapter)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { LinkRewriter = RewriteLink };
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new Images.ImageLinkRenderer(_edition.Images, _urls.File));
        renderer.Render(chapter.Document);
        writer.Flush();
        return writer.ToString();
    }

    private string? ChartHtml(DataTableBlock directive) =>
        ChartDataBuilder.Build(_site, _edition, directive.TableId, directive.Columns, out _) is { } chart
            ? ChartHtmlWriter.Write(chart, ModelValidator.ChartAnchor(directive.TableId))
            : null;

    private string RewriteLink(string url)
    {
        if (url.StartsWith('#') || ChapterLink.Parse(url) is not { Slug: { } slug } link)
        {
            return url;
        }

        var year = link.Year ?? _edition.Year;
        var target = _urls.Chapter(year, slug);
        return link.Anchor is null ? target : target + "#" + Uri.EscapeDataString(link.Anchor);
    }
}
