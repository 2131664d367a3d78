using System.Globalization;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Editions;

/// <summary>
/// What <c>new-edition</c> tells the editor: what was made, then a numbered list of what to update,
/// naming every file (each table, edition.yml, the chapters that mention the old year).
/// </summary>
public static class NewEditionReport
{
    public static IEnumerable<Phrase> Lines(NewEditionPlan plan)
    {
        var year = Text(plan.Year);
        var from = Text(plan.SourceYear);
        var editionFile = $"{plan.TargetDirectory}/edition.yml";
        var published = plan.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var chapters = Text(plan.Chapters);
        var tables = Text(plan.Tables.Count);
        yield return new(
            $"Skapade {plan.TargetDirectory}/ som en kopia av {plan.SourceDirectory}/: {chapters} kapitel och {tables} tabeller, som utkast (status: draft).",
            $"Created {plan.TargetDirectory}/ from {plan.SourceDirectory}/: {chapters} chapters and {tables} data tables, status: draft.");
        yield return new($"  title: {plan.Title}", $"  title: {plan.Title}");
        yield return published is null
            ? new("  published: (inget datum)", "  published: (not set)")
            : new($"  published: {published} (flyttat ett år från {from}; skriv det riktiga datumet)", $"  published: {published} (moved on from {from}; set the real date)");
        yield return new("", "");
        yield return new("Att göra:", "Next:");
        yield return new(
            $"  1. Uppdatera {editionFile}: datumet i published, sammanfattningen (summary), underrubriken och organisationerna.",
            $"  1. Edit {editionFile}: the date in published, the summary, subtitle and organisations.");
        yield return new(
            $"  2. För in {year} års siffror i varje tabell och ta bort raden `copied_from: {from}` överst i filen. Behåll filnamnen: då visar diagrammen även tidigare års siffror.",
            $"  2. Enter the figures for {year} in every table and remove the line `copied_from: {from}` at its top. Keep the file names: a table's id lets its chart show earlier editions' figures too.");
        yield return new(
            $"     Ska en tabell vara oförändrad med avsikt, skriv `unchanged: true` i den. Så länge en tabell inte är uppdaterad varnar `check`, och upplagan går inte att publicera.",
            $"     If a table is meant to stay unchanged, write `unchanged: true` in it. While a table is not updated, `check` warns and the edition cannot be published.");
        foreach (var table in plan.Tables)
        {
            yield return new($"       {table}", $"       {table}");
        }

        yield return new(
            $"  3. Skriv om kapitlen för {year}. Behåll filnamnen (NN-namn.md): växlingen mellan upplagorna och länkarna under senaste/ hittar kapitlen på namnet.",
            $"  3. Rewrite the chapters for {year}. Keep the file names (NN-slug.md): the edition switcher and senaste/ links find chapters by slug.");
        if (plan.StillMentioningOldYears.Count > 0)
        {
            yield return new(
                $"     De här {Text(plan.StillMentioningOldYears.Count)} filerna nämner {from} eller {Text(plan.SourceYear - 1)}; läs igenom var och en:",
                $"     These {Text(plan.StillMentioningOldYears.Count)} files still mention {from} or {Text(plan.SourceYear - 1)}; check each:");
            foreach (var path in plan.StillMentioningOldYears)
            {
                yield return new($"       {path}", $"       {path}");
            }
        }

        yield return new(
            "  4. Förhandsgranska utkastet: dotnet run --project src/Lagesbild.Site -- serve (eller build --drafts)",
            "  4. Preview the draft: dotnet run --project src/Lagesbild.Site -- serve (or build --drafts)");
        yield return new(
            $"  5. När allt är klart: skriv `status: published` i {editionFile} och lämna in ändringen som en pull request.",
            $"  5. To publish, set `status: published` in {editionFile} and open a pull request.");
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
