using Lagesbild.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// A YAML text and where it sits in its file, so every node can be reported as <c>path:line:col</c>
/// (front matter starts on line 2 of a chapter, hence <see cref="LineOffset"/>).
/// </summary>
public sealed record YamlSource(string DisplayPath, string Text, int LineOffset = 0)
{
    /// <summary>Where a node starts, in the editor's 1-based coordinates (YamlDotNet marks are 1-based already).</summary>
    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(DisplayPath, (int)mark.Line + LineOffset, (int)mark.Column);

    /// <summary>Parses the text into its root node; syntax errors and empty text are reported (at their position) and give null.</summary>
    public YamlNode? LoadRoot(DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(Text));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException as YamlException;
            var message = (inner ?? ex).Message;
            diagnostics.Error(DiagnosticCodes.Yaml.Syntax, At(ex.Start), $"invalid YAML: {message}",
                "check indentation, colons and quotes on this line and the one above");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.Yaml.MissingKey, new SourceLocation(DisplayPath, 1 + LineOffset, 1), "the YAML is empty",
                "write the settings as `key: value` lines");
            return null;
        }

        return stream.Documents[0].RootNode;
    }
}
