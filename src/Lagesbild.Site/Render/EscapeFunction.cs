using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lagesbild.Site.Render;

/// <summary>
/// The layouts' <c>escape</c> function (<see cref="TemplateFunctions.Escape"/>), written out as a
/// Scriban function object: Scriban's import by reflection could not be checked by the natively
/// compiled CLI (Native AOT), so its trimming analysis refuses it.
/// </summary>
public sealed class EscapeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        TemplateFunctions.Escape(arguments[0] is { } value ? context.ObjectToString(value) : null);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
