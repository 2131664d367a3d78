using Lagesbild.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lagesbild.Site.Content;

/// <summary>
/// YamlDotNet's parser with the content's limits checked on every event, before the representation
/// model sees it: no aliases or anchors (a few lines of aliases expand to gigabytes, and a
/// self-referencing alias loops), no tags, and at most <see cref="ContentLimits.MaxYamlDepth"/>
/// levels of nesting (the model builds nodes recursively).
/// </summary>
public sealed class CheckedYamlParser(string text) : IParser
{
    private readonly Parser _parser = new(new StringReader(text));
    private int _depth;

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        Check(_parser.Current!);
        return true;
    }

    private void Check(ParsingEvent current)
    {
        switch (current)
        {
            case AnchorAlias alias:
                throw new YamlLimitException(DiagnosticCodes.Yaml.Alias, alias.Start,
                    new($"`*{alias.Value}` är en hänvisning till ett annat värde. Sådana hänvisningar går inte att använda här.",
                        $"`*{alias.Value}` is a YAML alias, which content files may not use"),
                    new("Skriv ut värdet i stället. Om texten ska börja med *, sätt citattecken runt den, till exempel \"*\".",
                        "write the value out; to start a text with *, put it in quotes, e.g. \"*\""));
            case NodeEvent { Anchor.IsEmpty: false } node:
                throw new YamlLimitException(DiagnosticCodes.Yaml.Alias, node.Start,
                    new($"`&{node.Anchor.Value}` gör värdet till ett ankare för hänvisningar. Det går inte att använda här.",
                        $"`&{node.Anchor.Value}` is a YAML anchor, which content files may not use"),
                    new("Ta bort `&" + node.Anchor.Value + "`. Om texten ska börja med &, sätt citattecken runt den.",
                        "remove `&" + node.Anchor.Value + "`; to start a text with &, put it in quotes"));
            case NodeEvent { Tag.IsEmpty: false } node when !IsNonSpecific(node):
                throw new YamlLimitException(DiagnosticCodes.Yaml.Tag, node.Start,
                    new($"`{node.Tag.Value}` är en YAML-typmarkering. Sådana går inte att använda här.",
                        $"`{node.Tag.Value}` is a YAML tag, which content files may not use"),
                    new("Ta bort markeringen. Om texten ska börja med !, sätt citattecken runt den.",
                        "remove the tag; to start a text with !, put it in quotes"));
            case MappingStart or SequenceStart:
                if (++_depth > ContentLimits.MaxYamlDepth)
                {
                    throw new YamlLimitException(DiagnosticCodes.Yaml.TooDeep, current.Start,
                        new($"Listorna och nycklarna ligger i fler än {ContentLimits.MaxYamlDepth} nivåer inuti varandra.",
                            $"lists and mappings are nested more than {ContentLimits.MaxYamlDepth} levels deep"),
                        new("Kontrollera indragen och hakparenteserna [ ] och { } här. Troligen saknas en avslutande parentes eller ett indrag är fel.",
                            "check the indentation and the brackets [ ] and { } here; a closing bracket is probably missing"));
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
    }

    /// <summary>A quoted scalar carries the non-specific tag <c>!</c>, which only means "a string".</summary>
    private static bool IsNonSpecific(NodeEvent node) => node.Tag.Value == "!" && node is Scalar { Style: not ScalarStyle.Plain };
}
