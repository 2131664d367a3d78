using System.Collections.Immutable;

namespace Lagesbild.Site.Model;

/// <summary>Site-wide settings from <c>content/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    ImmutableArray<string> Organisations,
    string? Url = null);
