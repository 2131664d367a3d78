using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Thesaurus;

/// <summary>
/// Reads <c>content/synonymer.yml</c> and each edition's <c>content/&lt;year&gt;/synonymer.yml</c>
/// (all optional) and reports a word or phrase that is listed twice: in one group, in two groups,
/// or in the site-wide file and an edition's, since a query could not tell which group it means.
/// </summary>
public static class ThesaurusLoader
{
    public static SiteThesaurus Load(string contentDirectory, IEnumerable<int> years, DiagnosticBag diagnostics, DisplayPath? display = null)
    {
        var paths = display ?? DisplayPath.Full;
        var siteWide = ReadIfExists(Path.Combine(contentDirectory, SynonymFileReader.FileName), paths, diagnostics);
        var editions = ImmutableDictionary.CreateBuilder<int, SynonymFile>();
        foreach (var year in years)
        {
            var path = Path.Combine(contentDirectory, year.ToString(System.Globalization.CultureInfo.InvariantCulture), SynonymFileReader.FileName);
            if (ReadIfExists(path, paths, diagnostics) is { } file)
            {
                editions[year] = file;
            }
        }

        var thesaurus = new SiteThesaurus(siteWide, editions.ToImmutable());
        ReportDuplicates(thesaurus, diagnostics);
        return thesaurus;
    }

    private static SynonymFile? ReadIfExists(string path, DisplayPath paths, DiagnosticBag diagnostics) =>
        File.Exists(path) ? SynonymFileReader.Read(path, paths.For(Path.GetFullPath(path)), diagnostics) : null;

    private static void ReportDuplicates(SiteThesaurus thesaurus, DiagnosticBag diagnostics)
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
