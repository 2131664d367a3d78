using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>
/// Checks that a table's note markers and the markers on its columns and rows match: a marker
/// without its note leaves the reader with a footnote sign that explains nothing, and a note whose
/// marker nothing carries explains nothing in the table.
/// </summary>
public static class TableMarkers
{
    public static void Check(IReadOnlyList<MarkerUse> notes, IReadOnlyList<MarkerUse> uses, DiagnosticBag diagnostics)
    {
        var noted = notes.Select(n => n.Marker).ToHashSet(StringComparer.Ordinal);
        var used = uses.Select(u => u.Marker).ToHashSet(StringComparer.Ordinal);
        foreach (var use in uses.Where(u => !noted.Contains(u.Marker)))
        {
            diagnostics.Error(DiagnosticCodes.Table.MissingNote, use.Location,
                new($"Markeringen `{use.Marker}` har ingen fotnot under tabellen.", $"the marker `{use.Marker}` has no note"),
                new($"Lägg till en fotnot under `notes:` med `marker: \"{use.Marker}\"` och dess text, eller ta bort markeringen.",
                    $"add a note under `notes:` with `marker: \"{use.Marker}\"` and its text, or remove the marker"));
        }

        foreach (var note in notes.Where(n => !used.Contains(n.Marker)))
        {
            diagnostics.Warning(DiagnosticCodes.Table.UnusedNote, note.Location,
                new($"Ingen kolumn eller rad har markeringen `{note.Marker}`, så fotnoten pekar inte på något.",
                    $"no column or row carries the marker `{note.Marker}`, so the note points at nothing"),
                new($"Skriv `marker: \"{note.Marker}\"` på kolumnen eller raden som fotnoten gäller, eller ta bort `marker:` från fotnoten.",
                    $"write `marker: \"{note.Marker}\"` on the column or row the note is about, or remove `marker:` from the note"));
        }
    }
}
