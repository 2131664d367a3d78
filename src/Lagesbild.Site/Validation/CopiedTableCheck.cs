using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Validation;

/// <summary>
/// Keeps last year's figures from being published as this year's: a table <c>new-edition</c>
/// copied and nobody has updated is a warning in a draft and an error in a published edition.
/// </summary>
public static class CopiedTableCheck
{
    public static void Validate(Model.Site site, DiagnosticBag diagnostics)
    {
        // An unreadable edition.yml is one error already; its stand-in status says nothing about the tables.
        foreach (var edition in site.Editions.Where(e => !e.StatusUnknown))
        {
            foreach (var table in edition.Tables.Values.Where(t => t.AwaitsUpdate))
            {
                Report(edition, table, table.Copy!, diagnostics);
            }
        }
    }

    private static void Report(Edition edition, DataTable table, TableCopy copy, DiagnosticBag diagnostics)
    {
        var from = copy.FromYear;
        var hint = new Phrase(
            $"För in {edition.Year} års siffror och ta sedan bort raden `copied_from: {from}`. Ska siffrorna vara desamma som {from}, skriv `unchanged: true` på en egen rad i stället.",
            $"enter the figures for {edition.Year}, then remove the line `copied_from: {from}`; if the figures are meant to stay as in {from}, add a line `unchanged: true` instead");
        if (edition.Status == EditionStatus.Published)
        {
            diagnostics.Error(DiagnosticCodes.Edition.PublishedWithCopiedTable, copy.Location,
                new($"Tabellen `{table.Id}` har fortfarande siffrorna från {from}, och {edition.Year} års utgåva är markerad som publicerad.",
                    $"the table `{table.Id}` still has the figures copied from {from}, and the {edition.Year} edition is marked as published"),
                hint);
            return;
        }

        diagnostics.Warning(DiagnosticCodes.Edition.TableNotUpdated, copy.Location,
            new($"Tabellen `{table.Id}` är kopierad från {from} och inte uppdaterad än. Dess diagram visar bara tidigare års siffror tills dess.",
                $"the table `{table.Id}` was copied from {from} and is not updated yet; its chart shows only earlier editions' figures until then"),
            hint);
    }
}
