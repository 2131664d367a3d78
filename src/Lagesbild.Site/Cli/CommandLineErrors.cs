using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>
/// Command-line mistakes in the editors' language ("Okänt kommando 'bygg'. Menade du 'build'?").
/// System.CommandLine has no Swedish texts, so its errors are recognised (in its English wording, which
/// Program.cs fixes by parsing under the invariant culture) and said again; an error not recognised
/// keeps its English text after a Swedish lead, so nothing is lost.
/// </summary>
public static partial class CommandLineErrors
{
    /// <summary>Words an editor may type for a command, in Swedish or nearly right.</summary>
    private static readonly Dictionary<string, string> CommandWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bygg"] = "build", ["bygga"] = "build", ["kontrollera"] = "check", ["granska"] = "check", ["kolla"] = "check",
        ["visa"] = "serve", ["förhandsvisa"] = "serve", ["forhandsvisa"] = "serve", ["preview"] = "serve",
        ["ny-upplaga"] = "new-edition", ["ny"] = "new-edition", ["upplaga"] = "new-edition", ["new"] = "new-edition",
    };

    private static readonly Dictionary<string, string> OptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--utkast"] = "--drafts", ["--intern"] = "--internal", ["--ut"] = "--out", ["--språk"] = "--lang", ["--sprak"] = "--lang",
        ["--innehåll"] = "--content", ["--innehall"] = "--content", ["--hjälp"] = "--help", ["--hjalp"] = "--help", ["--format=github"] = "--format github",
    };

    /// <summary>One line per mistake, each with what to do; the caller prints them and exits 1.</summary>
    public static IReadOnlyList<Phrase> Explain(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var messages = new List<Phrase>();
        foreach (var error in parse.Errors)
        {
            var phrase = Explain(error.Message, command);
            if (phrase is not null && !messages.Contains(phrase))
            {
                messages.Add(phrase);
            }
        }

        // An unknown command is the one mistake: what follows it ("no command given", its options) only repeats it.
        if (messages.FirstOrDefault(m => m.English.StartsWith("unknown command", StringComparison.Ordinal)) is { } unknownCommand)
        {
            return [unknownCommand];
        }

        return messages;
    }

    private static Phrase? Explain(string message, Command command)
    {
        var help = new Phrase("Skriv --help för hjälp.", "Write --help for help.");
        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            var token = unknown.Groups["token"].Value;
            if (token.StartsWith('-'))
            {
                var option = Suggest(token, command.Options.Where(o => !o.Hidden).Select(o => o.Name), OptionWords);
                return option is null
                    ? new($"Okänt alternativ '{token}' för {command.Name}. {help.Swedish}", $"unknown option '{token}' for {command.Name}. {help.English}")
                    : new($"Okänt alternativ '{token}'. Menade du '{option}'?", $"unknown option '{token}'. Did you mean '{option}'?");
            }

            if (command is RootCommand)
            {
                var suggestion = Suggest(token, command.Subcommands.Select(c => c.Name), CommandWords);
                var commands = string.Join(", ", command.Subcommands.Select(c => c.Name));
                return suggestion is null
                    ? new($"Okänt kommando '{token}'. Kommandona är {commands}.", $"unknown command '{token}'. The commands are {commands}.")
                    : new($"Okänt kommando '{token}'. Menade du '{suggestion}'?", $"unknown command '{token}'. Did you mean '{suggestion}'?");
            }

            return new($"{command.Name} tar inte emot '{token}'. {help.Swedish}", $"{command.Name} does not take '{token}'. {help.English}");
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            var commands = string.Join(", ", command.Subcommands.Select(c => c.Name));
            return new($"Skriv ett kommando: {commands}. {help.Swedish}", $"give a command: {commands}. {help.English}");
        }

        if (MissingArgument().Match(message) is { Success: true } missing)
        {
            return missing.Groups["kind"].Value == "option"
                ? new($"{missing.Groups["name"].Value} behöver ett värde efter sig.", $"{missing.Groups["name"].Value} needs a value after it.")
                : new($"{command.Name} behöver ett år, till exempel {command.Name} 2025.", $"{command.Name} needs a year, e.g. {command.Name} 2025.");
        }

        if (CannotParse().Match(message) is { Success: true } wrong)
        {
            var value = wrong.Groups["value"].Value;
            var name = wrong.Groups["name"].Value;
            return wrong.Groups["type"].Value.Contains("Int", StringComparison.Ordinal)
                ? name.StartsWith('-')
                    ? new($"'{value}' är inget heltal ({name}). Skriv siffror.", $"'{value}' is not a whole number ({name}); write digits.")
                    : new($"'{value}' är inget år. Skriv året med siffror, till exempel {name} 2025.", $"'{value}' is not a year; write the year in digits, e.g. {name} 2025.")
                : new($"'{value}' går inte att använda för {name}. {help.Swedish}", $"'{value}' cannot be used for {name}. {help.English}");
        }

        if (NotAmong().Match(message) is { Success: true } among)
        {
            var allowed = string.Join(", ", among.Groups["allowed"].Value.Split(['\n', '\t', '\r', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim('\'')));
            return new($"'{among.Groups["value"].Value}' går inte att använda här. Välj något av: {allowed}.",
                $"'{among.Groups["value"].Value}' cannot be used here; choose one of: {allowed}.");
        }

        return new($"Kommandoraden går inte att läsa: {message} {help.Swedish}", $"{message} {help.English}");
    }

    /// <summary>The known word the editor most likely meant: a Swedish word for it, or a name within two typos.</summary>
    public static string? Suggest(string typed, IEnumerable<string> names, IReadOnlyDictionary<string, string> words)
    {
        if (words.TryGetValue(typed, out var word))
        {
            return word;
        }

        return names.Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(?<token>.*)'\.?$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Required argument missing for (?<kind>option|command): '(?<name>[^']*)'")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<name>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<allowed>[\s\S]*)$")]
    private static partial Regex NotAmong();
}
