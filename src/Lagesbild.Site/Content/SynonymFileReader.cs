using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model.Thesaurus;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// Reads a <c>synonymer.yml</c>: a mapping with one key, <c>groups</c>, a list of groups, each a
/// list of at least two words or phrases. Every problem is reported at its line and column.
/// </summary>
public static class SynonymFileReader
{
    public const string FileName = "synonymer.yml";

    private const string GroupsKey = "groups";

    public static SynonymFile? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : ReadText(displayPath, text, diagnostics);
    }

    /// <summary>Reads a synonym file's text; <paramref name="displayPath"/> names it in findings.</summary>
    public static SynonymFile? ReadText(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlFile.Parse(displayPath, text, new(FileName, FileName), diagnostics);
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(GroupsKey);
        var sequence = yaml.Sequence(GroupsKey, required: true, new(
            "Skriv `groups:` och under den en rad per grupp av ord som betyder samma sak, till exempel `  - [polis, polisen, Polismyndigheten]`.",
            "write `groups:` and under it one line per group, e.g. `  - [polis, polisen, Polismyndigheten]`"));
        if (sequence is null)
        {
            return null;
        }

        var groups = ImmutableArray.CreateBuilder<SynonymGroup>();
        foreach (var node in sequence.Children)
        {
            if (ReadGroup(node, yaml.Source, diagnostics) is { } group)
            {
                groups.Add(group);
            }
        }

        return new SynonymFile(displayPath, groups.ToImmutable());
    }

    private static SynonymGroup? ReadGroup(YamlNode node, YamlSource source, DiagnosticBag diagnostics)
    {
        var at = source.At(node);
        if (node is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.Search.ThesaurusNotList, at,
                new("En grupp ska vara en lista med ord inom hakparenteser.", "a synonym group must be a list of words"),
                new("Skriv gruppen som `- [ord, annat ord, tredje ord]`.", "write the group as `- [word, other word, third word]`"));
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<SynonymEntry>();
        foreach (var item in list.Children)
        {
            var text = (item as YamlScalarNode)?.Value?.Trim();
            if (item is not YamlScalarNode)
            {
                diagnostics.Error(DiagnosticCodes.Search.ThesaurusNotList, source.At(item),
                    new("Varje ord i en grupp ska vara text, inte en lista.", "each entry of a synonym group must be text, not a list"),
                    new("Skriv orden efter varandra med komma emellan: `[ord, annat ord]`.", "write the entries one after another, separated by commas: `[word, other word]`"));
            }
            else if (string.IsNullOrEmpty(text) || !text.Any(char.IsLetterOrDigit))
            {
                diagnostics.Error(DiagnosticCodes.Search.ThesaurusEmptyEntry, source.At(item),
                    new("Det här ordet i gruppen är tomt.", "this entry of the synonym group is empty"),
                    new("Skriv ett ord eller ta bort det extra kommatecknet.", "write a word or remove the extra comma"));
            }
            else
            {
                entries.Add(new SynonymEntry(text.Normalize(), source.At(item)));
            }
        }

        if (entries.Count < 2)
        {
            diagnostics.Error(DiagnosticCodes.Search.ThesaurusGroupTooSmall, at,
                new("En grupp behöver minst två ord som betyder samma sak.", "a synonym group needs at least two words that mean the same"),
                new("Lägg till ett ord med samma betydelse, eller ta bort gruppen.", "add a word with the same meaning, or remove the group"));
            return null;
        }

        return new SynonymGroup(entries.ToImmutable(), at);
    }
}
