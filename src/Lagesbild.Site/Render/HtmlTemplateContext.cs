using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Lagesbild.Site.Render;

/// <summary>
/// A strict Scriban context for HTML pages: every <c>{{ value }}</c> is HTML-escaped unless it is an
/// <see cref="HtmlString"/>, and nothing is ever cut short.
/// </summary>
/// <remarks>
/// Escaping by default rather than <c>| escape</c> in each layout: a forgotten filter is invisible in
/// review and in the output until someone types markup into site.yml, whereas a forgotten
/// <see cref="HtmlString"/> shows up at once as visible tags on the page.
/// Scriban's defaults truncate any value over 1 MiB and the whole output at 1 MiB with "...", and
/// stop loops after 1000 iterations in total; a big chapter or the print view of a long edition
/// needs more. The limits are off, and should one come back, it throws (a build error) instead of
/// truncating. Loops stay bounded, high enough for any page, so a runaway loop in a layout still
/// ends with an error.
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Enough iterations for a layout loop over every chapter, section or table row of a page.</summary>
    public const int MaxLoopIterations = 10_000_000;

    public HtmlTemplateContext(LayoutLoader loader)
    {
        TemplateLoader = loader;
        MemberRenamer = StandardMemberRenamer.Default;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        LimitToString = 0;
        OutputLimit = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LoopLimit = MaxLoopIterations;
        LoopLimitQueryable = MaxLoopIterations;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case HtmlString html:
                Write(html.Value);
                break;
            default:
                Write(Html.Escape(ObjectToString(textAsObject) ?? ""));
                break;
        }

        return this;
    }
}
