using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Internal;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render.Charts;
using Lagesbild.Site.Render.Downloads;
using Markdig;

namespace Lagesbild.Site.Render;

/// <summary>
/// Renders an edition's chapters from their already parsed Markdown: directive tables and charts
/// come from the plan's resolved directives (a chart's data was computed by the assemble stage),
/// and links to <c>.md</c> files become the site's URLs. Each chapter is rendered in two
/// <see cref="IdScope"/>s, for its page and for the print view, so no stage rewrites finished HTML.
/// </summary>
public sealed class ChapterHtmlRenderer
{
    private readonly EditionPlan _edition;
    private readonly UrlBuilder _urls;
    private readonly MarkdownPipeline _pipeline;
    private readonly IReadOnlyDictionary<object, PlannedDirective> _directives;
    private readonly IReadOnlyDictionary<object, int> _numbers;

    public ChapterHtmlRenderer(EditionPlan edition, UrlBuilder urls)
    {
        _edition = edition;
        _urls = urls;
        _directives = edition.Chapters.SelectMany(c => c.Directives).ToDictionary(d => (object)d.Block, ReferenceEqualityComparer.Instance);
        _numbers = edition.Chapters.SelectMany(Numbers).ToDictionary(p => (object)p.Block, p => p.Number, ReferenceEqualityComparer.Instance);
        _pipeline = MarkdownPipelineFactory.CreateRenderer();
    }

    public RenderedChapter Render(ChapterPlan chapter) =>
        new(Render(chapter, IdScope.Page), Render(chapter, IdScope.Print(chapter.Slug)));

    private string Render(ChapterPlan chapter, IdScope scope)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = ScopedHtmlRenderer.Create(writer, _pipeline, new ChapterRenderScope(
            scope, block => DirectiveHtml(block, scope), url => RewriteLink(url, scope), new Images.ImageLinkRenderer(_edition.Edition.Images, _urls.File)));
        if (chapter.Chapter.IsInternal)
        {
            // Only builds with internal text (serve, --internal) have internal chapters; staff must see at once that it is not published.
            writer.WriteLine("<p class=\"internal internal-notice\">Hela kapitlet är internt (<code>visibility: internal</code>) och finns inte på den publicerade webbplatsen.</p>");
        }

        renderer.Render(chapter.Chapter.Document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The table or chart a directive places, with the plan's anchor in <paramref name="scope"/>.</summary>
    private string? DirectiveHtml(DataTableBlock block, IdScope scope)
    {
        if (_directives.GetValueOrDefault(block) is not { } directive)
        {
            return null;
        }

        var anchor = scope.Id(directive.Anchor);
        int? number = _numbers.TryGetValue(block, out var n) ? n : null;
        if (block is ChartBlock)
        {
            var source = _edition.Edition.Tables.GetValueOrDefault(directive.TableId)?.Source;
            return directive.Chart is { } chart ? ChartHtmlWriter.Write(chart, anchor, number, source, _edition.Edition.FocusDistrict) : null;
        }

        return directive.Table is { } table
            ? TableHtmlWriter.Write(table, anchor, TableDownloads.LinksHtml(_edition.Year, table, TableHtmlWriter.CaptionId(anchor), _urls), number)
            : null;
    }

    /// <summary>
    /// Tables and charts numbered from 1 in each chapter, in document order, each kind on its own.
    /// Those in internal blocks have no number, so the public numbering never has gaps.
    /// </summary>
    private static IEnumerable<(DataTableBlock Block, int Number)> Numbers(ChapterPlan chapter)
    {
        var counts = new Dictionary<Type, int>();
        foreach (var directive in chapter.Directives.OrderBy(d => d.Block.Line))
        {
            if (directive.Block.IsInsideInternal())
            {
                continue;
            }

            var kind = directive.Block.GetType();
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            yield return (directive.Block, counts[kind]);
        }
    }

    private string RewriteLink(string url, IdScope scope)
    {
        if (url.StartsWith('#'))
        {
            return "#" + scope.Id(url[1..]);
        }

        if (Model.ChapterLink.Parse(url) is not { Slug: { } slug } link)
        {
            return url;
        }

        var year = link.Year ?? _edition.Year;
        var target = _urls.Chapter(year, slug);
        return link.Anchor is null ? target : target + "#" + Uri.EscapeDataString(link.Anchor);
    }
}
