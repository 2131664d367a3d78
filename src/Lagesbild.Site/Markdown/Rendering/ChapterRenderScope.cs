using Lagesbild.Site.Markdown.Directives.Table;
using Markdig.Renderers;

namespace Lagesbild.Site.Markdown.Rendering;

/// <summary>
/// Everything one render of a chapter depends on: the <see cref="IdScope"/> (its page or the print
/// view), the HTML of the tables and charts its directives place, how links are rewritten, and the
/// renderer of its images. Renderers read it from the <see cref="ScopedHtmlRenderer"/>, so one
/// pipeline serves every render and a render is set up in one call.
/// </summary>
public sealed record ChapterRenderScope(IdScope Ids, DataTableHtmlSource Tables, Func<string, string> RewriteLink, IMarkdownObjectRenderer? Images = null);
