using System.Collections.Immutable;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Plan;

/// <summary>
/// How to cite one edition: its organisations as authors, its title, the year it was published
/// and its permanent year URL (never <c>senaste/</c>, which moves to the next edition).
/// </summary>
/// <param name="Url">Absolute when the site's public address is known, else the path under the base URL.</param>
/// <param name="IsAbsolute">False when <see cref="Url"/> is only a path; the page then says so.</param>
/// <param name="FilePath">The CSL-JSON file's site path, <c>&lt;year&gt;/citat.json</c>.</param>
/// <param name="FileUrl">The CSL-JSON file's URL under the base path.</param>
public sealed record Citation(
    ImmutableArray<string> Authors,
    string Title,
    DateOnly Published,
    string Url,
    bool IsAbsolute,
    string FilePath,
    string FileUrl)
{
    public static Citation For(Model.Site site, Edition edition, UrlBuilder urls)
    {
        var authors = edition.Organisations.IsDefaultOrEmpty ? site.Settings.Organisations : edition.Organisations;
        var path = SitePaths.Citation(edition.Year);
        var url = urls.Edition(edition.Year);
        return new Citation(authors.IsDefault ? [] : authors, edition.Title, edition.Published, urls.Absolute(url), urls.Origin is not null, path, urls.File(path));
    }
}
