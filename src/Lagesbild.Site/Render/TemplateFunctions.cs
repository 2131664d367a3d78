using Scriban.Runtime;

namespace Lagesbild.Site.Render;

/// <summary>
/// Functions layouts call in addition to Scriban's builtins, and <c>include</c> in place of Scriban's,
/// so a partial's HTML is written as it is (see <see cref="HtmlTemplateContext"/>).
/// </summary>
public sealed class TemplateFunctions : ScriptObject
{
    public TemplateFunctions()
    {
        this["escape"] = new EscapeFunction();
        this["include"] = new HtmlIncludeFunction();
    }

    /// <summary>
    /// Escapes text for HTML content and attributes. Layouts need not call it, as every value is
    /// escaped when written; it returns <see cref="HtmlString"/> so that calling it anyway does not
    /// escape twice. (Scriban's <c>html.escape</c> would: it returns a plain string.)
    /// <code>{{ "Våld &amp; hot" | escape }}</code> → <c>Våld &amp;amp; hot</c>
    /// </summary>
    public static HtmlString Escape(string? text) => text is null ? HtmlString.Empty : new HtmlString(Html.Escape(text));
}
