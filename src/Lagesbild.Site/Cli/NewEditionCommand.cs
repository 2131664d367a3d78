using System.CommandLine;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Editions;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Cli;

/// <summary><c>new-edition YEAR</c>: starts next year's edition as a draft copy of the latest one and says what to update.</summary>
public static class NewEditionCommand
{
    public static Command Create(Language language = Language.Swedish)
    {
        var common = new CommonOptions(language);
        var year = new Argument<int>("year") { Description = new Phrase("Den nya upplagans år, till exempel 2025", "The new edition's year, e.g. 2025").In(language) };
        var command = new Command("new-edition", new Phrase(
            "Lägg upp nästa års upplaga i content/<år>/ som ett utkast, kopierat från den senaste upplagan",
            "Start next year's edition in content/<year>/ as a draft copy of the latest edition").In(language));
        command.Arguments.Add(year);
        command.Options.Add(common.Content);
        command.Options.Add(common.Language);
        command.SetAction(parse => Run(parse.GetValue(common.Content)!, parse.GetValue(year), Console.Out, Console.Error, common.ReadLanguage(parse), CommonOptions.WorkingDirectoryPaths()));
        return command;
    }

    /// <param name="display">How paths are named in messages; without it, by their full path.</param>
    public static int Run(string contentDirectory, int year, TextWriter output, TextWriter error, Language language = Language.Swedish, DisplayPath? display = null)
    {
        var diagnostics = new DiagnosticBag();
        var plan = NewEdition.Create(contentDirectory, year, diagnostics, display);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), error, DiagnosticFormat.Text, language);
        if (plan is null)
        {
            error.WriteLine(new Phrase("Ingen ny upplaga skapades.", "No edition was created.").In(language));
            return 1;
        }

        foreach (var line in NewEditionReport.Lines(plan))
        {
            output.WriteLine(line.In(language));
        }

        return 0;
    }
}
