using System.Globalization;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using YamlDotNet.RepresentationModel;

namespace Lagesbild.Site.Content;

/// <summary>Reads a table's copy mark: <c>copied_from: 2024</c> and, optionally, <c>unchanged: true</c>.</summary>
public static class TableCopyReader
{
    public const string CopiedFromKey = "copied_from";
    public const string UnchangedKey = "unchanged";

    public static TableCopy? Read(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Get(CopiedFromKey) is not { } value)
        {
            return null;
        }

        var location = yaml.Source.At(KeyNode(yaml, CopiedFromKey) ?? value);
        if (value is not YamlScalarNode { Value: { } text } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || text.Length != 4)
        {
            diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, yaml.Source.At(value),
                new($"`{CopiedFromKey}` ska vara ett årtal, till exempel `{CopiedFromKey}: 2024`.", $"`{CopiedFromKey}` must be a year, e.g. `{CopiedFromKey}: 2024`"),
                new("Ta bort raden när tabellen har uppdaterats.", "remove the line once the table has been updated"));
            return null;
        }

        return new TableCopy(year, ReadUnchanged(yaml, diagnostics), location);
    }

    private static bool ReadUnchanged(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        switch (yaml.Get(UnchangedKey))
        {
            case null:
                return false;
            case YamlScalarNode { Value: "true" }:
                return true;
            case YamlScalarNode { Value: "false" }:
                return false;
            case var other:
                diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, yaml.Source.At(other),
                    new($"`{UnchangedKey}` ska vara `true` eller `false`.", $"`{UnchangedKey}` must be `true` or `false`"),
                    new($"Skriv `{UnchangedKey}: true` om tabellens siffror ska vara desamma som förra året.", $"write `{UnchangedKey}: true` if the table's figures are meant to stay as last year's"));
                return false;
        }
    }

    private static YamlNode? KeyNode(YamlMappingReader yaml, string key) =>
        yaml.Node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var name } && name == key);
}
