using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lagesbild.Site.Render;

/// <summary>
/// Resolves <c>include "partials/x.sbn"</c> inside the layouts folder only: names with <c>..</c>
/// or a leading <c>/</c> are refused, so a layout cannot read files elsewhere on the machine.
/// </summary>
public sealed class LayoutLoader : ITemplateLoader
{
    private readonly LayoutSet _layouts;

    public LayoutLoader(LayoutSet layouts)
    {
        _layouts = layouts;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Contains("..", StringComparison.Ordinal) || templateName.StartsWith('/') || Path.IsPathRooted(templateName))
        {
            throw new LayoutIncludeException(callerSpan, new(
                $"`include \"{templateName}\"` måste vara en sökväg inuti layouts/, utan `..`.", $"include `{templateName}` must be a path inside layouts/ without `..`"));
        }

        if (_layouts.Find(templateName) is null)
        {
            throw new LayoutIncludeException(callerSpan, new($"Det finns ingen layout `{templateName}` i layouts/.", $"there is no layout `{templateName}` in layouts/"));
        }

        return templateName;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"layout `{templatePath}` should have come from the parsed layout cache");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
