using System.Collections.Immutable;

namespace Lagesbild.Site.Model.Thesaurus;

/// <summary>One <c>synonymer.yml</c>: site-wide (<c>content/</c>) or one edition's (<c>content/&lt;year&gt;/</c>).</summary>
public sealed record SynonymFile(string DisplayPath, ImmutableArray<SynonymGroup> Groups);
