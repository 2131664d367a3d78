using System.CommandLine;
using System.Diagnostics;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Cli;

/// <summary><c>build</c>: builds the site into a temporary folder and swaps it in only when nothing failed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--out") { Description = "The output folder", DefaultValueFactory = _ => "site" };
        var drafts = new Option<bool>("--drafts") { Description = "Also build editions with status: draft" };
        var internalContent = new Option<bool>("--internal") { Description = "Also publish chapters with visibility: internal and ::: internal blocks" };
        var command = new Command("build", "Build the site from content/ and layouts/ into site/");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(drafts);
        command.Options.Add(internalContent);
        command.SetAction(parse => Run(common.Read(parse, parse.GetValue(output)!, parse.GetValue(drafts), parse.GetValue(internalContent)), common.ReadLanguage(parse)));
        return command;
    }

    public static int Run(BuildOptions options, Language language = Language.Swedish)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result.Diagnostics, Console.Error, DiagnosticFormat.Text, language);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(language == Language.English
                ? $"Build failed; {options.OutputDirectory}/ was left as it was."
                : $"Bygget misslyckades. {options.OutputDirectory}/ är orört.");
            return 1;
        }

        StagedDirectoryWriter.Write(options.OutputDirectory, result.Files);
        var pages = result.Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        Console.WriteLine(language == Language.English
            ? $"Built {pages} pages ({result.Files.Length} files) into {options.OutputDirectory}/ in {stopwatch.ElapsedMilliseconds} ms."
            : $"Byggde {pages} sidor ({result.Files.Length} filer) i {options.OutputDirectory}/ på {stopwatch.ElapsedMilliseconds} ms.");
        return 0;
    }
}
