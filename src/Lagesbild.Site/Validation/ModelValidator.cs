using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Validation;

/// <summary>
/// The validate stage: every rule that spans files, run on whatever loaded, errors or not, so
/// <c>check</c> reports every finding in one run. Each file was checked on its own while it was
/// read (Content); what Assemble finds it finds only because it computes it (a chart's data).
/// </summary>
public static class ModelValidator
{
    public static void Validate(Model.Site site, DiagnosticBag diagnostics)
    {
        foreach (var edition in site.Editions)
        {
            Guarded(edition.Location, diagnostics, () =>
            {
                EditionChecks.CheckSlugs(edition, diagnostics);
                EditionChecks.CheckHomeChapter(edition, diagnostics);
                TablePlacementCheck.Check(edition, diagnostics);
            });
            foreach (var chapter in edition.Chapters)
            {
                // A bug in a check must not hide the other chapters' findings, nor lose which chapter set it off.
                Guarded(chapter.Location, diagnostics, () =>
                {
                    TableReferenceChecks.Check(edition, chapter, diagnostics);
                    LinkChecks.Check(site, edition, chapter, diagnostics);
                });
            }
        }

        var content = site.Editions.FirstOrDefault()?.Location ?? SourceLocation.File("content");
        Guarded(content, diagnostics, () => PublicationChecks.Validate(site, diagnostics));
        Guarded(content, diagnostics, () => CopiedTableCheck.Validate(site, diagnostics));
        Guarded(content, diagnostics, () => ThesaurusDuplicates.Check(site.Thesaurus, diagnostics));
        Guarded(content, diagnostics, () => ThesaurusUse.Check(site, diagnostics));
    }

    private static void Guarded(SourceLocation location, DiagnosticBag diagnostics, Action check)
    {
        try
        {
            check();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            InternalError.Report(location, ex, diagnostics);
        }
    }
}
