using System.CommandLine;
using System.CommandLine.Help;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>The whole command line, its texts in one language, with the help written by <see cref="CommandLineHelp"/>.</summary>
public static class CommandLine
{
    public static RootCommand Create(Language language)
    {
        var root = new RootCommand(new Phrase(
            "Lagesbild.Site bygger rapporten Lägesbild som en webbplats.",
            "Lagesbild.Site builds the Lägesbild report as a static website.").In(language));
        root.Subcommands.Add(BuildCommand.Create(language));
        root.Subcommands.Add(PdfCommand.Create(language));
        root.Subcommands.Add(CheckCommand.Create(language));
        root.Subcommands.Add(ServeCommand.Create(language));
        root.Subcommands.Add(NewEditionCommand.Create(language));
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new CommandLineHelp(language);
        }

        return root;
    }
}

/// <summary><c>--lang</c> read before the commands exist, since their help texts are written in it.</summary>
public static class CommandLineLanguage
{
    public static string? FromArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                return args[i][7..];
            }
        }

        return null;
    }
}
