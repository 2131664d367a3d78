using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Validation;

/// <summary>
/// A public build needs a published edition to lead the site root to. Reported beside every other
/// finding, except when an edition's status could not be read: that edition may well be published.
/// </summary>
public static class PublishedEditionCheck
{
    /// <param name="includeDrafts">Whether drafts are built (<c>--drafts</c>): then a draft is enough.</param>
    /// <param name="contentFolder">Where the finding points: the content folder, since no one file is wrong.</param>
    public static void Check(Model.Site site, bool includeDrafts, SourceLocation contentFolder, DiagnosticBag diagnostics)
    {
        if (site.LatestPublished is not null || includeDrafts || site.Editions.Any(e => e.StatusUnknown))
        {
            return;
        }

        diagnostics.Error(DiagnosticCodes.Edition.NoPublishedEdition, contentFolder,
            new("Det finns ingen publicerad utgåva att bygga.", "there is no published edition to build"),
            new("Skriv `status: published` i en utgåvas edition.yml, eller bygg med --drafts för att se utkasten.", "set `status: published` in an edition.yml, or build with --drafts"));
    }
}
