using System.Collections.Immutable;

namespace Lagesbild.Site.Model.Thesaurus;

/// <summary>The editors' synonyms: the site-wide file and the editions' own files, when they exist.</summary>
public sealed record SiteThesaurus(SynonymFile? SiteWide, ImmutableDictionary<int, SynonymFile> Editions)
{
    public static SiteThesaurus Empty { get; } = new(null, ImmutableDictionary<int, SynonymFile>.Empty);

    /// <summary>Every file, site-wide first, then by year.</summary>
    public IEnumerable<SynonymFile> Files =>
        (SiteWide is null ? [] : new[] { SiteWide }).Concat(Editions.OrderBy(e => e.Key).Select(e => e.Value));

    /// <summary>The groups a year's search uses: the site-wide ones and its own, as the editors wrote them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> GroupsFor(int year) =>
        [.. (SiteWide?.Groups ?? []).Concat(Editions.TryGetValue(year, out var own) ? own.Groups : [])
            .Select(g => (IReadOnlyList<string>)[.. g.Entries.Select(e => e.Text)])];
}
