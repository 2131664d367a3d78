using System.CommandLine;
using Lagesbild.Site.Cli;

var root = new RootCommand("Lagesbild.Site builds the Lägesbild report as a static website.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(PdfCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewEditionCommand.Create());
return root.Parse(args).Invoke();
