using System.CommandLine;
using System.Globalization;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Editions;

namespace Lagesbild.Site.Cli;

/// <summary><c>new-edition YEAR</c>: starts next year's edition as a draft copy of the latest one and says what to update.</summary>
public static class NewEditionCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var year = new Argument<int>("year") { Description = "The new edition's year, e.g. 2025" };
        var command = new Command("new-edition", "Start next year's edition in content/<year>/ as a draft copy of the latest edition");
        command.Arguments.Add(year);
        command.Options.Add(common.Content);
        command.SetAction(parse => Run(parse.GetValue(common.Content)!, parse.GetValue(year), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string contentDirectory, int year, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var plan = NewEdition.Create(contentDirectory, year, diagnostics);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), error);
        if (plan is null)
        {
            error.WriteLine("No edition was created.");
            return 1;
        }

        PrintNextSteps(plan, output);
        return 0;
    }

    private static void PrintNextSteps(NewEditionPlan plan, TextWriter output)
    {
        var year = plan.Year.ToString(CultureInfo.InvariantCulture);
        var editionFile = $"{plan.TargetDirectory}/edition.yml";
        var published = plan.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(not set)";
        output.WriteLine($"Created {plan.TargetDirectory}/ from {plan.SourceDirectory}/: {plan.Chapters} chapters and {plan.Tables} data tables, status: draft.");
        output.WriteLine($"  title: {plan.Title}");
        output.WriteLine($"  published: {published} (moved on from {plan.SourceYear}; set the real date)");
        output.WriteLine();
        output.WriteLine("Next:");
        output.WriteLine($"  1. Edit {editionFile}: subtitle, organisations, summary and the publication date.");
        output.WriteLine($"  2. Update the figures in {plan.TargetDirectory}/data/*.yml. Keep the file names: a table's id lets its chart show earlier editions' figures too.");
        output.WriteLine($"  3. Rewrite the chapters for {year}. Keep the file names (NN-slug.md): the edition switcher and senaste/ links find chapters by slug.");
        output.WriteLine("  4. Preview the draft: dotnet run --project src/Lagesbild.Site -- build --drafts");
        output.WriteLine($"  5. To publish, set `status: published` in {editionFile} and build.");
        if (plan.StillMentioningOldYears.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"These {plan.StillMentioningOldYears.Count} files still mention {plan.SourceYear} or {plan.SourceYear - 1}; check each:");
            foreach (var path in plan.StillMentioningOldYears)
            {
                output.WriteLine("  " + path);
            }
        }
    }
}
