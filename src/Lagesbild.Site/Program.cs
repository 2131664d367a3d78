using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;

// The parser's own texts are read in their English wording (CommandLineErrors recognises them), whatever
// the machine's language; what the editor reads is written by the tool, in Swedish or with --lang en.
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
var language = OutputLanguage.Resolve(CommandLineLanguage.FromArguments(args));
var root = CommandLine.Create(language);
var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not CommandLineHelp and not HelpAction)
{
    foreach (var message in CommandLineErrors.Explain(parse))
    {
        Console.Error.WriteLine($"{Diagnostic.SeverityWord(Severity.Error, language)}: {message.In(language)}");
    }

    return 1;
}

return parse.Invoke();
