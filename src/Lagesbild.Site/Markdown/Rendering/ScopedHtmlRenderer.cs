using Markdig;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown.Rendering;

/// <summary>An HTML renderer for one render of a chapter, carrying its <see cref="ChapterRenderScope"/>.</summary>
public sealed class ScopedHtmlRenderer : HtmlRenderer
{
    private ScopedHtmlRenderer(TextWriter writer, ChapterRenderScope scope) : base(writer)
    {
        Scope = scope;
        LinkRewriter = scope.RewriteLink;
    }

    public ChapterRenderScope Scope { get; }

    /// <summary>A renderer for <paramref name="scope"/>, set up by <paramref name="pipeline"/>'s extensions: the one setup call of a render.</summary>
    public static ScopedHtmlRenderer Create(TextWriter writer, MarkdownPipeline pipeline, ChapterRenderScope scope)
    {
        var renderer = new ScopedHtmlRenderer(writer, scope);
        pipeline.Setup(renderer);
        return renderer;
    }

    /// <summary>The scope a chapter's renderer writes in; a renderer without one is a bug.</summary>
    public static ChapterRenderScope ScopeOf(HtmlRenderer renderer) =>
        (renderer as ScopedHtmlRenderer)?.Scope
        ?? throw new InvalidOperationException("chapter Markdown is rendered only through ScopedHtmlRenderer.Create");
}
