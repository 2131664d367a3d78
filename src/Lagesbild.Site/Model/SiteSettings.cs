using System.Collections.Immutable;

namespace Lagesbild.Site.Model;

/// <summary>Site-wide settings from <c>content/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    ImmutableArray<string> Organisations,
    string? Url = null)
{
    /// <summary>Where chapters can be edited on GitHub (site.yml's <c>repository</c>); null: no "Föreslå ändring" link.</summary>
    public EditRepository? Repository { get; init; }
}
