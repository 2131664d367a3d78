using System.CommandLine;
using System.Diagnostics;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Cli;

/// <summary><c>build</c>: builds the site into a temporary folder and swaps it in only when nothing failed.</summary>
public static class BuildCommand
{
    public static Command Create(Language language = Language.Swedish) =>
        Create("build", new Phrase("Bygg webbplatsen från content/ och layouts/ till site/", "Build the site from content/ and layouts/ into site/"), withPdfs: false, language);

    /// <summary>The command line of <c>build</c>; <c>pdf</c> is the same command with the editions' PDFs added.</summary>
    internal static Command Create(string name, Phrase description, bool withPdfs, Language language)
    {
        var common = new CommonOptions(language);
        var output = new Option<string>("--out") { Description = new Phrase("Mappen som webbplatsen byggs till", "The output folder").In(language), DefaultValueFactory = _ => "site" };
        var drafts = new Option<bool>("--drafts") { Description = new Phrase("Bygg också upplagor med status: draft (utkast)", "Also build editions with status: draft").In(language) };
        var internalContent = new Option<bool>("--internal")
        {
            Description = new Phrase("Publicera också interna kapitel och ::: internal-block (aldrig för den publika webbplatsen)",
                "Also publish chapters with visibility: internal and ::: internal blocks (never for the public site)").In(language),
        };
        var command = new Command(name, description.In(language));
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(drafts);
        command.Options.Add(internalContent);
        command.SetAction(parse =>
        {
            var options = common.Read(parse, parse.GetValue(output)!, parse.GetValue(drafts), parse.GetValue(internalContent));
            var language = common.ReadLanguage(parse);
            var rules = OutputFolderRules.ForProcess(options.ContentDirectory, options.LayoutsDirectory);
            return withPdfs
                ? Run(options, language, rules, Console.Out, Console.Error, PdfCommand.Default())
                : Run(options, language, rules, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(BuildOptions options, Language language = Language.Swedish) =>
        Run(options, language, OutputFolderRules.ForProcess(options.ContentDirectory, options.LayoutsDirectory), Console.Out, Console.Error);

    /// <summary>The build with the folder rules and writers given, so tests can run it in-process.</summary>
    public static int Run(BuildOptions options, Language language, OutputFolderRules rules, TextWriter output, TextWriter error) =>
        Run(options, language, rules, output, error, pdfs: null);

    /// <summary>The build, with the editions' PDFs made first when <paramref name="pdfs"/> is given (the <c>pdf</c> command).</summary>
    public static int Run(BuildOptions options, Language language, OutputFolderRules rules, TextWriter output, TextWriter error, PdfCommand? pdfs)
    {
        var stopwatch = Stopwatch.StartNew();
        // The output folder is checked first: a refused --out costs no build and changes nothing.
        var refusal = new DiagnosticBag();
        if (OutputFolderGuard.Check(options.OutputDirectory, rules, refusal) is null)
        {
            return Fail(refusal, options, language, error);
        }

        var pdfFindings = new DiagnosticBag();
        var outcomes = new List<Pdf.EditionPdfs.Outcome>();
        if (pdfs is not null)
        {
            options = pdfs.Prepare(options, pdfFindings, outcomes);
        }

        var result = SiteBuilder.Build(options);
        foreach (var finding in result.Diagnostics)
        {
            pdfFindings.Add(finding);
        }

        result = result with { Diagnostics = pdfFindings.ToSortedArray() };
        DiagnosticPrinter.Print(result.Diagnostics, error, DiagnosticFormat.Text, language);
        if (!result.Succeeded)
        {
            PrintUntouched(options, language, error);
            return 1;
        }

        var writing = new DiagnosticBag();
        if (!StagedDirectoryWriter.Write(options.OutputDirectory, result.Files, rules, writing, error, language))
        {
            return Fail(writing, options, language, error);
        }

        var pages = result.Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        output.WriteLine(new Phrase(
            $"Byggde {pages} sidor ({result.Files.Length} filer) i {options.OutputDirectory}/ på {stopwatch.ElapsedMilliseconds} ms.",
            $"Built {pages} pages ({result.Files.Length} files) into {options.OutputDirectory}/ in {stopwatch.ElapsedMilliseconds} ms.").In(language));
        foreach (var pdf in outcomes)
        {
            var size = Text.SwedishFormat.FileSize(pdf.Size);
            var origin = pdf.FromCache ? new Phrase("oförändrad, från cachen", "unchanged, from the cache") : new Phrase("utskriven med Chromium", "printed by Chromium");
            output.WriteLine($"PDF {pdf.Path} ({size}, {origin.In(language)}).");
        }

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
        var untouched = string.IsNullOrWhiteSpace(folder)
            ? new Phrase("Bygget misslyckades. Inget har skrivits.", "Build failed; nothing was written.")
            : new Phrase($"Bygget misslyckades. {folder}/ är orört.", $"Build failed; {folder}/ was left as it was.");
        error.WriteLine(untouched.In(language));
    }
}
