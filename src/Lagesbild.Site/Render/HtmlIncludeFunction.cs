using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lagesbild.Site.Render;

/// <summary>
/// <c>include "partials/x.sbn"</c> whose result is <see cref="HtmlString"/>: a partial is a layout,
/// and its own values were escaped while it rendered, so escaping its output again would double it.
/// </summary>
public sealed class HtmlIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(_include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static HtmlString Wrap(object? rendered) => rendered switch
    {
        null => HtmlString.Empty,
        HtmlString html => html,
        _ => new HtmlString(rendered.ToString() ?? ""),
    };
}
