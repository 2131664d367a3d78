using System.Text.RegularExpressions;

namespace Lagesbild.Site.Render;

/// <summary>
/// "Tabell n" and "Diagram n", counted per chapter as the printed report does (its school chapter
/// numbers its own tables from 1), the same on the chapter page and in the print view. A caption
/// the editor already numbered ("Tabell 1. Resultat …") keeps its own number; a chart drawn from
/// such a table drops the table's number, because a chart is not a table.
/// </summary>
public static partial class FigureNumber
{
    public const string Table = "Tabell";
    public const string Chart = "Diagram";

    /// <summary>The caption as the reader sees it: "Tabell 4. Elever med …", or the editor's own "Tabell 1. …" unchanged.</summary>
    public static string Caption(string word, int number, string caption)
    {
        var own = Numbered().Match(caption);
        if (own.Success && own.Groups["word"].Value == word)
        {
            return caption;
        }

        var text = own.Success ? caption[own.Length..] : caption;
        return $"{word} {number}. {text}";
    }

    [GeneratedRegex(@"^(?<word>Tabell|Diagram|Figur) \d+[.:]?\s+")]
    private static partial Regex Numbered();
}
