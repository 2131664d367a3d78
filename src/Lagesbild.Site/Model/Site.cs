using System.Collections.Immutable;
using Lagesbild.Site.Model.Statement;
using Lagesbild.Site.Model.Thesaurus;

namespace Lagesbild.Site.Model;

/// <summary>The whole loaded content: settings plus every edition, newest first.</summary>
public sealed record Site(SiteSettings Settings, ImmutableArray<Edition> Editions)
{
    /// <summary>The newest edition with status published, which the site root and <c>senaste/</c> lead to.</summary>
    public Edition? LatestPublished => Editions.FirstOrDefault(e => e.Status == EditionStatus.Published);

    /// <summary>The accessibility statement; null only with an error already reported, so nothing is built.</summary>
    public AccessibilityStatement? Statement { get; init; }

    /// <summary>The editors' synonyms for search (<c>synonymer.yml</c>, site-wide and per edition); empty when there are none.</summary>
    public SiteThesaurus Thesaurus { get; init; } = SiteThesaurus.Empty;
}
