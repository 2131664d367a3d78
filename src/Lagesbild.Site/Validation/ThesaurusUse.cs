using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Thesaurus;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Validation;

/// <summary>
/// Warns about a synonym group none of whose words occurs in any edition: a query for it would
/// find nothing, so it is most likely misspelt or left over. A word occurs when a word of the
/// report starts with it (inflections: "polis" in "polisen") or, from four letters, contains it
/// (compounds: "inbrott" in "bostadsinbrott"); a phrase when each of its words does. The words
/// are read from the model (every edition's chapters and tables), not from the search documents,
/// so the warning comes in the same run as every other finding.
/// </summary>
public static class ThesaurusUse
{
    public static void Check(Model.Site site, DiagnosticBag diagnostics)
    {
        var groups = site.Thesaurus.Files.SelectMany(f => f.Groups).ToList();
        if (groups.Count == 0 || site.Editions.IsEmpty)
        {
            return;
        }

        var words = site.Editions.SelectMany(Texts).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.Where(g => !g.Entries.Any(e => Occurs(e.Text, words))))
        {
            diagnostics.Warning(DiagnosticCodes.Search.ThesaurusUnused, group.Location,
                new("Inget av orden i den här gruppen finns i någon utgåva av rapporten, så gruppen hjälper inte sökningen.",
                    "no word of this synonym group occurs in any edition, so the group does not help search"),
                new("Kontrollera stavningen och lägg till ordet som rapporten använder, eller ta bort gruppen.",
                    "check the spelling and add the word the report uses, or remove the group"));
        }
    }

    /// <summary>What a reader of the edition sees: chapter titles and text, and the tables' words.</summary>
    private static IEnumerable<string> Texts(Edition edition)
    {
        foreach (var chapter in edition.Chapters)
        {
            yield return chapter.Title;
            foreach (var node in chapter.Document.Descendants())
            {
                switch (node)
                {
                    case LiteralInline literal:
                        yield return literal.Content.ToString();
                        break;
                    case CodeInline code:
                        yield return code.Content;
                        break;
                    case CodeBlock block:
                        yield return block.Lines.ToString();
                        break;
                }
            }
        }

        foreach (var table in edition.Tables.Values)
        {
            yield return table.Caption;
            yield return table.Source ?? "";
            foreach (var note in table.Notes)
            {
                yield return note.Text;
            }

            foreach (var header in Headers(table.ColumnTree))
            {
                yield return header;
            }

            foreach (var text in RowTexts(table.Rows))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Headers(IEnumerable<ColumnNode> columns) =>
        columns.SelectMany(c => c is ColumnGroup group ? Headers(group.Children).Prepend(group.Header) : [c.Header]);

    private static IEnumerable<string> RowTexts(IEnumerable<RowNode> rows) =>
        rows.SelectMany(row => row switch
        {
            RowGroup group => RowTexts(group.Rows).Prepend(group.Header),
            DataRow data => data.Cells.Select(c => c.Text ?? "").Concat(RowTexts(data.SubRows)),
            _ => [],
        });

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
