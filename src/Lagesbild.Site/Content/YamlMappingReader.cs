using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every problem becomes a diagnostic at the
/// offending key or value, and reading goes on so one run reports everything.
/// </summary>
public sealed partial class YamlMappingReader
{
    private readonly YamlMappingNode _node;
    private readonly YamlSource _source;
    private readonly DiagnosticBag _diagnostics;

    public YamlMappingReader(YamlMappingNode node, YamlSource source, DiagnosticBag diagnostics)
    {
        _node = node;
        _source = source;
        _diagnostics = diagnostics;
    }

    public YamlSource Source => _source;

    public YamlMappingNode Node => _node;

    /// <summary>Wraps a node that must be a mapping, reporting it otherwise; <paramref name="what"/> starts the message ("En kolumn", "a column").</summary>
    public static YamlMappingReader? From(YamlNode? node, YamlSource source, DiagnosticBag diagnostics, Phrase what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMappingReader(mapping, source, diagnostics);
        }

        var location = node is null ? SourceLocation.File(source.DisplayPath) : source.At(node);
        diagnostics.Error(DiagnosticCodes.Yaml.WrongType, location,
            new($"{what.Swedish ?? what.English} måste skrivas som rader med `nyckel: värde`.", $"{what.English} must be a YAML mapping of `key: value` lines"),
            MappingHint(node));
        return null;
    }

    public YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public bool Has(string key) => Get(key) is not null;

    /// <summary>Reports every key that is not in <paramref name="known"/>, at the key's own line.</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                _diagnostics.Error(DiagnosticCodes.Yaml.UnknownKey, _source.At(key),
                    new($"Nyckeln `{name}` finns inte här.", $"unknown key `{name}`"),
                    new($"Tillåtna nycklar här: {string.Join(", ", known)}. Kontrollera stavningen.", $"allowed keys here: {string.Join(", ", known)}"));
            }
        }
    }

    public string? RequiredString(string key, Phrase hint)
    {
        var node = Get(key);
        if (node is null)
        {
            _diagnostics.Error(DiagnosticCodes.Yaml.MissingKey, _source.At(_node), new($"Nyckeln `{key}` saknas.", $"missing required key `{key}`"), hint);
            return null;
        }

        var value = ScalarText(node, key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            _diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, _source.At(node), new($"`{key}` får inte vara tomt.", $"`{key}` must not be empty"), hint);
            return null;
        }

        return value;
    }

    public string? OptionalString(string key)
    {
        var node = Get(key);
        return node is null ? null : ScalarText(node, key);
    }

    public ImmutableArray<string> StringList(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(DiagnosticCodes.Yaml.WrongType, _source.At(node), new($"`{key}` måste vara en lista.", $"`{key}` must be a list"),
                new("Skriv en punkt per rad och börja varje rad med `- `.", "write one item per line, each starting with `- `"));
            return [];
        }

        return [.. sequence.Children.Select(item => ScalarText(item, key)).OfType<string>()];
    }

    public YamlSequenceNode? Sequence(string key, bool required, Phrase hint)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.Yaml.MissingKey, _source.At(_node), new($"Nyckeln `{key}` saknas.", $"missing required key `{key}`"), hint);
            }

            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        _diagnostics.Error(DiagnosticCodes.Yaml.WrongType, _source.At(node), new($"`{key}` måste vara en lista.", $"`{key}` must be a list"), hint);
        return null;
    }

    public bool Boolean(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return false;
        }

        switch (ScalarText(node, key))
        {
            case "true":
                return true;
            case "false":
                return false;
            case null:
                return false;
            default:
                _diagnostics.Error(DiagnosticCodes.Yaml.WrongType, _source.At(node),
                    new($"`{key}` måste vara true (ja) eller false (nej).", $"`{key}` must be true or false"),
                    new($"Skriv `{key}: true` eller ta bort raden.", $"write `{key}: true` or remove the line"));
                return false;
        }
    }

    public DateOnly? Date(string key, Phrase hint)
    {
        var text = RequiredString(key, hint);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, _source.At(Get(key)!),
            new($"`{key}` är inget datum: `{text}`.", $"`{key}` is not a date: `{text}`"), hint);
        return null;
    }

    private string? ScalarText(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        _diagnostics.Error(DiagnosticCodes.Yaml.WrongType, _source.At(node),
            new($"`{key}` måste vara ett enda värde, inte en lista eller flera rader med nycklar.", $"`{key}` must be a single value, not a list or mapping"),
            new("Skriv värdet på samma rad, efter kolon.", "write the value on the same line after the colon"));
        return null;
    }

    /// <summary>A text where a mapping belongs is most often a missing space: <c>key:value</c> or <c>-key: value</c>.</summary>
    private static Phrase MappingHint(YamlNode? node) =>
        node is YamlScalarNode { Value: { } text } && MissingSpace().IsMatch(text)
            ? new("Det saknas ett mellanslag: skriv `nyckel: värde` med mellanslag efter kolon och `- ` med mellanslag efter strecket.",
                "a space is missing: write `key: value` with a space after the colon, and `- ` with a space after the dash")
            : new("Börja varje rad med en nyckel följd av kolon, till exempel `title: Lägesbild 2024`.",
                "start each line with a key followed by a colon, e.g. `title: Lägesbild 2024`");

    [GeneratedRegex(@"^(?:-\S|[a-z_]+:\S)")]
    private static partial Regex MissingSpace();
}
