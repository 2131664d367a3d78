using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Lagesbild.Site.Render;

/// <summary>
/// Renders one page: the layout of the page's kind produces the main content, and
/// <c>base.sbn</c> wraps it. A fresh, strict <see cref="TemplateContext"/> per render, as Scriban
/// contexts are not thread-safe and a typo in a layout must fail rather than print nothing.
/// </summary>
public sealed class PageRenderer
{
    private readonly LayoutSet _layouts;
    private readonly LayoutLoader _loader;
    private readonly ScriptObject _assets;
    private readonly TemplateFunctions _functions = new();

    public PageRenderer(LayoutSet layouts, AssetSet assets)
    {
        _layouts = layouts;
        _loader = new LayoutLoader(layouts);
        _assets = new ScriptObject();
        foreach (var (name, view) in assets.Views)
        {
            _assets[name] = view;
        }
    }

    /// <param name="layout">The layout file of the page's kind (<see cref="Plan.PageKinds.LayoutFile"/>).</param>
    public string? Render(SiteView site, EditionView? edition, PageView page, string layout, DiagnosticBag diagnostics)
    {
        var body = RenderLayout(layout, site, edition, page, null, diagnostics);
        return body is null ? null : RenderLayout("base.sbn", site, edition, page, new HtmlString(body), diagnostics);
    }

    private string? RenderLayout(string name, SiteView site, EditionView? edition, PageView page, HtmlString? body, DiagnosticBag diagnostics)
    {
        var template = _layouts.Find(name);
        if (template is null)
        {
            diagnostics.Error(DiagnosticCodes.Layout.Missing, SourceLocation.File(_layouts.Paths.For(Path.Combine(_layouts.Root, name))),
                new($"Layouten {name} saknas.", $"the layout {name} is missing"), new($"Skapa layouts/{name}.", $"create layouts/{name}"));
            return null;
        }

        var context = new HtmlTemplateContext(_loader);
        foreach (var (path, parsed) in _layouts.Templates)
        {
            context.CachedTemplates[path] = parsed;
        }

        var globals = new ScriptObject
        {
            ["site"] = site,
            ["edition"] = edition,
            ["page"] = page,
            ["assets"] = _assets,
            ["content"] = body,
        };
        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            // A page is whole or not written at all: the build fails on this error.
            var message = ex is LayoutIncludeException include ? include.Phrase : new($"Layouten gick inte att köra: {ex.OriginalMessage}", ex.OriginalMessage);
            diagnostics.Error(DiagnosticCodes.Layout.Runtime, SourceLocation.Of(ex.Span.FileName ?? name, ex.Span), message,
                new("Kontrollera namnen på variabler, fält och layouter som layouten använder på den raden.", "check the variable, member and layout names used on that line of the layout"));
            return null;
        }
    }
}
