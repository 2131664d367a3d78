using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>
/// The one way a whole YAML file is opened: its text read strictly (<see cref="ContentText"/>),
/// parsed within the limits <see cref="CheckedYamlParser"/> sets, and its root required to be a
/// mapping; every problem on the way is reported at <c>file:line:col</c>.
/// </summary>
public static class YamlFile
{
    /// <summary>The file's root mapping, or null with the reason reported.</summary>
    /// <param name="what">What the file is, for the finding when its root is not a mapping.</param>
    public static YamlMappingReader? Read(string path, string displayPath, Phrase what, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : Parse(displayPath, text, what, diagnostics);
    }

    /// <summary>The root mapping of a YAML text that <paramref name="displayPath"/> names in findings.</summary>
    public static YamlMappingReader? Parse(string displayPath, string text, Phrase what, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(displayPath, text);
        var root = source.LoadRoot(diagnostics);
        return root is null ? null : YamlMappingReader.From(root, source, diagnostics, what);
    }
}
