using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>
/// <c>--help</c> in the editors' language. System.CommandLine ships no Swedish texts (its headings would
/// read "Usage:" and "Options:" whatever the descriptions say), so the help is written here, from the
/// same commands, options and descriptions the parser uses.
/// </summary>
public sealed class CommandLineHelp(Language language) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.RootCommandResult.Command.Name, Console.Out);
        return 0;
    }

    public void Write(Command command, string program, TextWriter writer)
    {
        var english = language == Language.English;
        var root = command is RootCommand;
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        writer.WriteLine(english ? "Usage:" : "Användning:");
        writer.WriteLine(root
            ? $"  {program} <{(english ? "command" : "kommando")}> [{(english ? "options" : "alternativ")}]"
            : $"  {program} {command.Name}{arguments} [{(english ? "options" : "alternativ")}]");
        writer.WriteLine();
        writer.WriteLine(command.Description);
        var rows = new List<(string Name, string Description)>();
        if (root)
        {
            writer.WriteLine();
            writer.WriteLine(english ? "Commands:" : "Kommandon:");
            WriteRows(writer, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? ""))]);
        }

        if (command.Arguments.Any(a => !a.Hidden))
        {
            writer.WriteLine();
            writer.WriteLine(english ? "Arguments:" : "Argument:");
            WriteRows(writer, [.. command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description ?? ""))]);
        }

        writer.WriteLine();
        writer.WriteLine(english ? "Options:" : "Alternativ:");
        rows.AddRange(command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption).Select(o => (OptionName(o), Describe(o))));
        rows.Add(("-h, --help", english ? "Show this help" : "Visa den här hjälpen"));
        WriteRows(writer, rows);
        if (root)
        {
            writer.WriteLine();
            writer.WriteLine(english
                ? $"Help for one command: {program} <command> --help. The editors' guide: docs/redaktorer.md."
                : $"Hjälp för ett kommando: {program} <kommando> --help. Guiden för redaktörer: docs/redaktorer.md.");
        }
    }

    private string Describe(Option option)
    {
        var text = option.Description ?? "";
        if (option.ValueType == typeof(bool) || !option.HasDefaultValue || option.GetDefaultValue() is not { } value)
        {
            return text;
        }

        return $"{text} ({(language == Language.English ? "default" : "standard")}: {value})";
    }

    private static string OptionName(Option option) =>
        option.ValueType == typeof(bool) ? option.Name : $"{option.Name} <{option.Name.TrimStart('-')}>";

    private static void WriteRows(TextWriter writer, IReadOnlyList<(string Name, string Description)> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
        foreach (var (name, description) in rows)
        {
            writer.WriteLine($"  {name.PadRight(width)}  {description}");
        }
    }
}
