namespace Lagesbild.Site.Editions;

/// <summary>What <c>new-edition</c> created, for the command to report and the editor to follow up.</summary>
/// <param name="Tables">The copied table files, each marked <c>copied_from</c> until updated.</param>
/// <param name="StillMentioningOldYears">Copied files that mention the source edition's year or the one before, to review.</param>
public sealed record NewEditionPlan(
    int Year,
    int SourceYear,
    string TargetDirectory,
    string SourceDirectory,
    string Title,
    DateOnly? Published,
    int Chapters,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> StillMentioningOldYears);
