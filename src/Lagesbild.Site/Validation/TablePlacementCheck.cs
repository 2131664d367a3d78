using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Validation;

/// <summary>
/// A table file no chapter places is published nowhere. A table placed only inside
/// <c>::: internal</c> (left out of a public build's parse) still counts as placed: the edition's
/// directive lines, as written, are searched for it.
/// </summary>
public static class TablePlacementCheck
{
    public static void Check(Edition edition, DiagnosticBag diagnostics)
    {
        foreach (var (id, displayPath) in edition.TableFiles.Where(t => !edition.PlacedTableIds.Contains(t.Key)))
        {
            var directive = new Regex($@"(?<![a-z0-9-]){Regex.Escape(id)}(?![a-z0-9-])");
            if (!edition.DirectiveLines.Any(directive.IsMatch))
            {
                diagnostics.Warning(DiagnosticCodes.Table.NotPlaced, SourceLocation.File(displayPath),
                    new($"Tabellen `{id}` står inte i något kapitel och publiceras därför inte.", $"the table `{id}` is not placed in any chapter, so it is not published"),
                    new($"Skriv `::: table {id}` och en rad `:::` i kapitlet där tabellen ska stå, eller ta bort filen.",
                        $"write `::: table {id}` and a line `:::` in the chapter where it belongs, or remove the file"));
            }
        }
    }
}
