using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>Writes nothing: a mistaken directive stops the build, and its line never reaches a page.</summary>
public sealed class InvalidDirectiveBlockRenderer : HtmlObjectRenderer<InvalidDirectiveBlock>
{
    protected override void Write(HtmlRenderer renderer, InvalidDirectiveBlock block)
    {
    }
}
