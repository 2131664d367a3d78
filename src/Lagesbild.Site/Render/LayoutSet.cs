using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// Every Scriban layout under <c>layouts/</c>, parsed once with its path so errors name
/// <c>file:line:col</c>. Shared read-only by all page renders.
/// </summary>
public sealed class LayoutSet
{
    private readonly ImmutableSortedDictionary<string, Template> _templates;

    private LayoutSet(string root, DisplayPath paths, ImmutableSortedDictionary<string, Template> templates)
    {
        Root = root;
        Paths = paths;
        _templates = templates;
    }

    /// <summary>The full path of the layouts folder; includes may not leave it.</summary>
    public string Root { get; }

    /// <summary>How the layouts' paths are named in messages.</summary>
    public DisplayPath Paths { get; }

    public IReadOnlyDictionary<string, Template> Templates => _templates;

    public static LayoutSet? Load(string layoutsRoot, DiagnosticBag diagnostics, DisplayPath? display = null)
    {
        var paths = display ?? DisplayPath.Full;
        var root = Path.GetFullPath(layoutsRoot);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.Layout.Missing, SourceLocation.File(paths.For(root)),
                new("Mappen med layouter finns inte.", "the layouts folder does not exist"),
                new("Kör kommandot från repots rotmapp, eller ange mappen med --layouts MAPP.", "run the command from the repository root, or pass --layouts DIR"));
            return null;
        }

        var templates = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            var displayPath = paths.For(path);
            var template = Template.Parse(File.ReadAllText(path), displayPath);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCodes.Layout.Syntax, SourceLocation.Of(displayPath, message.Span),
                    new($"Layouten går inte att läsa: {message.Message}", message.Message),
                    new("Rätta layouten: varje `{{` behöver ett `}}` och varje `if` och `for` ett `end`.",
                        "fix the Scriban syntax: every `{{` needs a `}}` and every `if`/`for` an `end`"));
            }

            templates[name] = template;
        }

        return new LayoutSet(root, paths, templates.ToImmutable());
    }

    public Template? Find(string name) => _templates.GetValueOrDefault(name);

}
