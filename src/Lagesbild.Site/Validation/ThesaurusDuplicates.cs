using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model.Thesaurus;

namespace Lagesbild.Site.Validation;

/// <summary>
/// A word or phrase listed twice in the synonyms: in one group, in two groups, or in the
/// site-wide file and an edition's, since a query could not tell which group it means.
/// </summary>
public static class ThesaurusDuplicates
{
    public static void Check(SiteThesaurus thesaurus, DiagnosticBag diagnostics)
    {
        var siteWide = new Dictionary<string, SynonymEntry>(StringComparer.Ordinal);
        foreach (var entry in thesaurus.SiteWide?.Groups.SelectMany(g => g.Entries) ?? [])
        {
            Check(siteWide, entry, diagnostics);
        }

        foreach (var file in thesaurus.Editions.Values)
        {
            var seen = new Dictionary<string, SynonymEntry>(siteWide, StringComparer.Ordinal);
            foreach (var entry in file.Groups.SelectMany(g => g.Entries))
            {
                Check(seen, entry, diagnostics);
            }
        }
    }

    private static void Check(Dictionary<string, SynonymEntry> seen, SynonymEntry entry, DiagnosticBag diagnostics)
    {
        if (seen.TryGetValue(entry.Key, out var first))
        {
            var where = first.Location.Path == entry.Location.Path ? $"rad {first.Location.Line}" : $"{first.Location.Path} rad {first.Location.Line}";
            var whereEnglish = first.Location.Path == entry.Location.Path ? $"line {first.Location.Line}" : $"{first.Location.Path} line {first.Location.Line}";
            diagnostics.Error(DiagnosticCodes.Search.ThesaurusDuplicate, entry.Location,
                new($"”{entry.Text}” står redan med i synonymerna ({where}).", $"`{entry.Text}` is already listed ({whereEnglish})"),
                new("Ett ord får bara stå i en grupp. Ta bort det ena, eller slå ihop grupperna till en.",
                    "a word may be in one group only: remove one of them, or merge the two groups"));
            return;
        }

        seen[entry.Key] = entry;
    }
}
