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
    /// <summary>Who is responsible for the content (<c>owner:</c>), named in every page's footer.</summary>
    public string Owner { get; init; } = "";

    /// <summary>How readers contact the owner (<c>contact:</c>), in every page's footer.</summary>
    public ContactAddress? Contact { get; init; }
}
