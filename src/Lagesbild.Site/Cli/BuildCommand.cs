using System.CommandLine;
using System.Diagnostics;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Cli;

/// <summary><c>build</c>: builds the site into a temporary folder and swaps it in only when nothing failed.</summary>
public static class BuildCommand
{
    public static Command Create(Language language = Language.Swedish)
    {
        var common = new CommonOptions(language);
        var output = new Option<string>("--out") { Description = new Phrase("Mappen som webbplatsen byggs till", "The output folder").In(language), DefaultValueFactory = _ => "site" };
        var drafts = new Option<bool>("--drafts") { Description = new Phrase("Bygg också upplagor med status: draft (utkast)", "Also build editions with status: draft").In(language) };
        var internalContent = new Option<bool>("--internal")
        {
            Description = new Phrase("Publicera också interna kapitel och ::: internal-block (aldrig för den publika webbplatsen)",
                "Also publish chapters with visibility: internal and ::: internal blocks (never for the public site)").In(language),
        };
        var command = new Command("build", new Phrase("Bygg webbplatsen från content/ och layouts/ till site/", "Build the site from content/ and layouts/ into site/").In(language));
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(drafts);
        command.Options.Add(internalContent);
        command.SetAction(parse => Run(common.Read(parse, parse.GetValue(output)!, parse.GetValue(drafts), parse.GetValue(internalContent)), common.ReadLanguage(parse)));
        return command;
    }

    public static int Run(BuildOptions options, Language language = Language.Swedish) =>
        Run(options, language, OutputFolderRules.ForProcess(options.ContentDirectory, options.LayoutsDirectory), Console.Out, Console.Error);

    /// <summary>The build with the folder rules and writers given, so tests can run it in-process.</summary>
    public static int Run(BuildOptions options, Language language, OutputFolderRules rules, TextWriter output, TextWriter error)
    {
        var stopwatch = Stopwatch.StartNew();
        // The output folder is checked first: a refused --out costs no build and changes nothing.
        var refusal = new DiagnosticBag();
        if (OutputFolderGuard.Check(options.OutputDirectory, rules, refusal) is null)
        {
            return Fail(refusal, options, language, error);
        }

        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result.Diagnostics, error, DiagnosticFormat.Text, language);
        if (!result.Succeeded)
        {
            PrintUntouched(options, language, error);
            return 1;
        }

        var writing = new DiagnosticBag();
        if (!StagedDirectoryWriter.Write(options.OutputDirectory, result.Files, rules, writing, error))
        {
            return Fail(writing, options, language, error);
        }

        var pages = result.Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        output.WriteLine(language == Language.English
            ? $"Built {pages} pages ({result.Files.Length} files) into {options.OutputDirectory}/ in {stopwatch.ElapsedMilliseconds} ms."
            : $"Byggde {pages} sidor ({result.Files.Length} filer) i {options.OutputDirectory}/ på {stopwatch.ElapsedMilliseconds} ms.");
        return 0;
    }

    private static int Fail(DiagnosticBag diagnostics, BuildOptions options, Language language, TextWriter error)
    {
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), error, DiagnosticFormat.Text, language);
        PrintUntouched(options, language, error);
        return 1;
    }

    private static void PrintUntouched(BuildOptions options, Language language, TextWriter error)
    {
        var folder = options.OutputDirectory.TrimEnd('/', '\\');
        error.WriteLine((string.IsNullOrWhiteSpace(folder), language) switch
        {
            (true, Language.English) => "Build failed; nothing was written.",
            (true, _) => "Bygget misslyckades. Inget har skrivits.",
            (false, Language.English) => $"Build failed; {folder}/ was left as it was.",
            (false, _) => $"Bygget misslyckades. {folder}/ är orört.",
        });
    }
}
