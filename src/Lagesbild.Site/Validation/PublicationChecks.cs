using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Statement;

namespace Lagesbild.Site.Validation;

/// <summary>
/// The checks on what a public-sector publication must carry that need more than one file: a
/// chapter's <c>updated:</c> against its edition's publication, and whether the accessibility
/// statement is confirmed and recent. None reads the clock, so <c>check</c> and <c>build</c>
/// give the same findings on any day.
/// </summary>
public static class PublicationChecks
{
    /// <summary>An assessment older than this before the reference date is due again (DIGG: review at least yearly).</summary>
    public const int MaxAssessmentAgeMonths = 12;

    public static void Validate(Model.Site site, DiagnosticBag diagnostics)
    {
        foreach (var edition in site.Editions)
        {
            foreach (var chapter in edition.Chapters.Where(c => c.Updated is { } updated && updated < edition.Published))
            {
                diagnostics.Error(DiagnosticCodes.Publication.ChapterUpdatedTooEarly, chapter.UpdatedLocation ?? chapter.Location,
                    new($"`updated: {chapter.Updated:yyyy-MM-dd}` är före utgåvans publicering ({edition.Published:yyyy-MM-dd}).",
                        $"`updated: {chapter.Updated:yyyy-MM-dd}` is before the edition was published ({edition.Published:yyyy-MM-dd})"),
                    new("Skriv dagen då kapitlet ändrades efter publiceringen, eller ta bort raden om kapitlet inte har ändrats.",
                        "write the day the chapter was changed after publication, or remove the line if it has not changed"));
            }
        }

        if (site.Statement is { } statement)
        {
            CheckStatement(site, statement, diagnostics);
        }
    }

    /// <summary>
    /// The date the assessment's age is measured against: the newest edition's publication date
    /// (draft or published) or the statement's own <c>updated</c>, whichever is later. Content
    /// dates, not the clock, keep builds deterministic; and the newest edition's date makes the
    /// warning appear exactly when the yearly edition is prepared, which is when the statement is due.
    /// </summary>
    public static DateOnly ReferenceDate(Model.Site site, AccessibilityStatement statement) =>
        site.Editions.Select(e => e.Published).Append(statement.Updated).Max();

    private static void CheckStatement(Model.Site site, AccessibilityStatement statement, DiagnosticBag diagnostics)
    {
        var reference = ReferenceDate(site, statement);
        if (statement.Assessed < reference.AddMonths(-MaxAssessmentAgeMonths))
        {
            diagnostics.Warning(DiagnosticCodes.Publication.OldAssessment, statement.AssessedLocation,
                new($"Tillgänglighetsbedömningen ({statement.Assessed:yyyy-MM-dd}) är mer än {MaxAssessmentAgeMonths} månader äldre än den senaste utgåvan eller uppdateringen ({reference:yyyy-MM-dd}).",
                    $"the accessibility assessment ({statement.Assessed:yyyy-MM-dd}) is more than {MaxAssessmentAgeMonths} months older than the newest edition or update ({reference:yyyy-MM-dd})"),
                new("Gå igenom webbplatsen och redogörelsen igen, rätta bristerna i listan och skriv dagens datum i `assessed` och `updated`.",
                    "review the site and the statement again, correct the list of shortcomings and set `assessed` and `updated` to today"));
        }

        if (!statement.Confirmed)
        {
            diagnostics.Warning(DiagnosticCodes.Publication.NotConfirmed, statement.ConfirmedLocation,
                new("Ingen redaktör har bekräftat tillgänglighetsredogörelsen än.", "no editor has confirmed the accessibility statement yet"),
                new("Läs igenom tillganglighet.yml, kontrollera att allt stämmer för webbplatsen och skriv sedan `confirmed: true`.",
                    "read tillganglighet.yml, check that everything is true of the site, then write `confirmed: true`"));
        }
    }
}
