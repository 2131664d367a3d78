namespace Lagesbild.Site.Diagnostics;

/// <summary>
/// A bug in the tool, reported as a finding at the file that triggered it instead of a stack
/// trace, so the editor learns which change to undo and the build still exits with 1.
/// </summary>
public static class InternalError
{
    public static void Report(SourceLocation location, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Internal.Unexpected, location,
            new($"Ett fel i verktyget stoppade arbetet med den här filen ({ex.GetType().Name}: {ex.Message}).",
                $"internal error while processing this file ({ex.GetType().Name}: {ex.Message})"),
            new("Det är inte ditt fel. Rapportera felet till utvecklarna tillsammans med filen. Prova under tiden att ångra din senaste ändring i filen.",
                "this is a bug in the tool; report it with the file, and meanwhile try undoing the last change to the file"));
}
