using Scriban.Runtime;

namespace Lagesbild.Site.Render;

/// <summary>
/// Functions layouts call in addition to Scriban's builtins. Scriban's <c>html.escape</c> turns
/// å, ä, ö into numeric entities; ours escapes only what HTML needs.
/// </summary>
public sealed class TemplateFunctions : ScriptObject
{
    public TemplateFunctions()
    {
        this.Import(typeof(TemplateFunctions), ScriptMemberImportFlags.Method, filter: null, renamer: StandardMemberRenamer.Default);
    }

    /// <summary>
    /// Escapes text for HTML content and attributes.
    /// <code>{{ "Våld & hot" | escape }}</code> → <c>Våld &amp;amp; hot</c>
    /// </summary>
    public static string Escape(string? text) => text is null ? "" : Html.Escape(text);
}
