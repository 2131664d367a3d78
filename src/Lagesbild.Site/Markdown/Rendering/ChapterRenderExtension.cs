using Lagesbild.Site.Markdown.Directives;
using Lagesbild.Site.Markdown.Footnotes;
using Lagesbild.Site.Markdown.Headings;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Lagesbild.Site.Markdown.Rendering;

/// <summary>
/// Registers every renderer a chapter needs beyond Markdig's own: each registered directive's,
/// headings with permalinks, footnotes and images, all writing in the render's
/// <see cref="ChapterRenderScope"/>. Added last, so it replaces the renderers the built-in
/// extensions (footnotes) added before it.
/// </summary>
public sealed class ChapterRenderExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not ScopedHtmlRenderer html)
        {
            return;
        }

        foreach (var directive in DirectiveRegistry.All)
        {
            directive.SetupRenderer(html);
        }

        html.ObjectRenderers.AddIfNotAlready<InvalidDirectiveBlockRenderer>();
        html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new ScopedFootnoteGroupRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new ScopedFootnoteLinkRenderer());
        if (html.Scope.Images is { } images)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(images);
        }
    }
}
