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
        var root = command is RootCommand;
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        writer.WriteLine(new Phrase("Användning:", "Usage:").In(language));
        var options = new Phrase("alternativ", "options").In(language);
        writer.WriteLine(root
            ? $"  {program} <{new Phrase("kommando", "command").In(language)}> [{options}]"
            : $"  {program} {command.Name}{arguments} [{options}]");
        writer.WriteLine();
        writer.WriteLine(command.Description);
        var rows = new List<(string Name, string Description)>();
        if (root)
        {
            writer.WriteLine();
            writer.WriteLine(new Phrase("Kommandon:", "Commands:").In(language));
            WriteRows(writer, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? ""))]);
        }

        if (command.Arguments.Any(a => !a.Hidden))
        {
            writer.WriteLine();
            writer.WriteLine(new Phrase("Argument:", "Arguments:").In(language));
            WriteRows(writer, [.. command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description ?? ""))]);
        }

        writer.WriteLine();
        writer.WriteLine(new Phrase("Alternativ:", "Options:").In(language));
        rows.AddRange(command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption).Select(o => (OptionName(o), Describe(o))));
        rows.Add(("-h, --help", new Phrase("Visa den här hjälpen", "Show this help").In(language)));
        WriteRows(writer, rows);
        if (root)
        {
            writer.WriteLine();
            writer.WriteLine(new Phrase(
                $"Hjälp för ett kommando: {program} <kommando> --help. Guiden för redaktörer: docs/redaktorer.md.",
                $"Help for one command: {program} <command> --help. The editors' guide: docs/redaktorer.md.").In(language));
        }
    }

    private string Describe(Option option)
    {
        var text = option.Description ?? "";
        if (option.ValueType == typeof(bool) || !option.HasDefaultValue || option.GetDefaultValue() is not { } value)
        {
            return text;
        }

        return $"{text} ({new Phrase("standard", "default").In(language)}: {value})";
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
