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

    public SourceLocation At(Mark mark) => new(DisplayPath, Math.Max(1, (int)mark.Line) + LineOffset, Math.Max(1, (int)mark.Column));

    /// <summary>
    /// Parses the text into its root node; syntax errors, what <see cref="CheckedYamlParser"/>
    /// refuses, several documents and empty text are reported (at their position) and give null.
    /// </summary>
    public YamlNode? LoadRoot(DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new CheckedYamlParser(Text));
        }
        catch (YamlLimitException ex)
        {
            diagnostics.Error(ex.Code, At(ex.Start), ex.Problem, ex.Hint);
            return null;
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException as YamlException;
            var message = (inner ?? ex).Message;
            // YamlDotNet reports a tab in the indentation at the start of the mapping, not at the tab.
            var line = message.Contains(" tab ", StringComparison.Ordinal) && YamlSyntaxExplanation.FirstTabIndentedLine(Text) is { } tabLine
                ? tabLine
                : (int)(inner ?? ex).Start.Line;
            var location = line == (int)(inner ?? ex).Start.Line ? At((inner ?? ex).Start) : new SourceLocation(DisplayPath, line + LineOffset, 1);
            diagnostics.Error(DiagnosticCodes.Yaml.Syntax, location,
                new("Texten följer inte YAML-formatet och går inte att läsa.", $"invalid YAML: {message}"),
                YamlSyntaxExplanation.Hint(Text, line));
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet throws these for a few malformed inputs instead of a YamlException; they are the editor's typo, not a bug.
            diagnostics.Error(DiagnosticCodes.Yaml.Syntax, new SourceLocation(DisplayPath, 1 + LineOffset, 1),
                new("Texten följer inte YAML-formatet och går inte att läsa.", $"invalid YAML: {ex.Message}"),
                new("Kontrollera indrag, kolon och citattecken i filen.", "check indentation, colons and quotes in the file"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.Yaml.EmptyFile, new SourceLocation(DisplayPath, 1 + LineOffset, 1),
                new("Filen är tom.", "the YAML is empty"),
                new("Skriv inställningarna som rader med `nyckel: värde`.", "write the settings as `key: value` lines"));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            // Everything after a second `---` would otherwise be dropped without a word.
            diagnostics.Error(DiagnosticCodes.Yaml.SeveralDocuments, At(stream.Documents[1].RootNode),
                new("Filen innehåller en rad `---` mitt i texten. Allt efter den raden skulle inte läsas.",
                    "the file holds more than one YAML document (a `---` line); everything after it would be ignored"),
                new("Ta bort raden `---`.", "remove the `---` line"));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        ReportTypographicQuotes(root, diagnostics);
        return root;
    }

    /// <summary>
    /// A value pasted from Word as <c>”Anmälda brott”</c> would otherwise show its quotes on the page without
    /// a word; the file is still read, so its other findings are reported too.
    /// </summary>
    private void ReportTypographicQuotes(YamlNode root, DiagnosticBag diagnostics)
    {
        foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>().Where(PastedRow.LooksQuotedTypographically))
        {
            PastedRow.ReportQuotes(scalar.Value!, At(scalar), diagnostics);
        }
    }
}
