using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Thesaurus;

namespace Lagesbild.Site.Search;

/// <summary>
/// Warns about a synonym group none of whose words occurs in any edition: a query for it would
/// find nothing, so it is most likely misspelt or left over. A word occurs when a word of the
/// report starts with it (inflections: "polis" in "polisen") or, from four letters, contains it
/// (compounds: "inbrott" in "bostadsinbrott"); a phrase when each of its words does.
/// </summary>
public static class SynonymUsage
{
    public static void Report(SiteThesaurus thesaurus, ImmutableArray<SearchEdition> editions, DiagnosticBag diagnostics)
    {
        var groups = thesaurus.Files.SelectMany(f => f.Groups).ToList();
        if (groups.Count == 0 || editions.IsEmpty)
        {
            return;
        }

        var words = editions.SelectMany(e => e.Documents)
            .SelectMany(d => Words(string.Join(' ', d.Title, d.Chapter, d.Body, d.Table)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => !g.Entries.Any(e => Occurs(e.Text, words))))
        {
            diagnostics.Warning(DiagnosticCodes.Search.ThesaurusUnused, group.Location,
                new("Inget av orden i den här gruppen finns i någon utgåva av rapporten, så gruppen hjälper inte sökningen.",
                    "no word of this synonym group occurs in any edition, so the group does not help search"),
                new("Kontrollera stavningen och lägg till ordet som rapporten använder, eller ta bort gruppen.",
                    "check the spelling and add the word the report uses, or remove the group"));
        }
    }

    private static bool Occurs(string entry, HashSet<string> words) =>
        Words(entry).All(part => words.Any(w => w.StartsWith(part, StringComparison.Ordinal) || (part.Length >= 4 && w.Contains(part, StringComparison.Ordinal))));

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
