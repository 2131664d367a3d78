using System.CommandLine;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Cli;

/// <summary>
/// <c>check</c>: the whole build (load, validate, render) without writing anything, so it finds
/// exactly what <c>build</c> would refuse; only the output step is left out.
/// </summary>
public static class CheckCommand
{
    public static Command Create(Language language = Language.Swedish)
    {
        var common = new CommonOptions(language);
        var drafts = new Option<bool>("--drafts")
        {
            Description = new Phrase("Rendera också upplagor med status: draft (deras innehåll kontrolleras ändå)",
                "Also render editions with status: draft (their content is checked either way)").In(language),
        };
        var internalContent = new Option<bool>("--internal")
        {
            Description = new Phrase("Kontrollera intern text (standard: check kontrollerar den alltid)", "Check internal text (the default: check always does)").In(language),
            Hidden = true,
        };
        var format = new Option<string>("--format")
        {
            Description = new Phrase("text: sökväg:rad:tecken: fel: meddelande; github: anteckningar på raderna i en pull request",
                "text: path:line:col: error: message; github: workflow annotations on the pull request's lines").In(language),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var summary = new Option<string?>("--summary")
        {
            Description = new Phrase("Lägg också till alla fynd som en Markdowntabell i den här filen (i CI: --summary \"$GITHUB_STEP_SUMMARY\")",
                "Also append every finding as a Markdown table to this file (in CI: --summary \"$GITHUB_STEP_SUMMARY\")").In(language),
        };
        var command = new Command("check", new Phrase(
            "Kontrollera content/ och layouts/, också utkast och intern text, och visa alla problem utan att skriva site/",
            "Check content/ and layouts/, drafts and internal text included, and report every problem, without writing site/").In(language));
        common.AddTo(command);
        command.Options.Add(drafts);
        command.Options.Add(internalContent);
        command.Options.Add(format);
        command.Options.Add(summary);
        command.SetAction(parse => Run(
            common.Read(parse, "", parse.GetValue(drafts), includeInternal: false),
            parse.GetValue(format) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
            Console.Out,
            common.ReadLanguage(parse),
            parse.GetValue(summary)));
        return command;
    }

    /// <summary>
    /// Prints every finding to <paramref name="output"/>; 1 when any is an error, else 0. The content is checked
    /// twice, as the public site and with internal text: internal text is in the repository and a mistake in it
    /// is still a mistake, and the public build has findings of its own (a link to text it leaves out).
    /// </summary>
    public static int Run(BuildOptions options, DiagnosticFormat format, TextWriter output, Language language = Language.Swedish, string? summaryFile = null)
    {
        var publicResult = SiteBuilder.Build(options with { Search = Search.SearchMode.Skipped, IncludeInternal = false });
        var internalResult = SiteBuilder.Build(options with { Search = Search.SearchMode.Skipped, IncludeInternal = true });
        var findings = new DiagnosticBag();
        foreach (var diagnostic in publicResult.Diagnostics.Union(internalResult.Diagnostics))
        {
            findings.Add(diagnostic);
        }

        var result = new BuildResult(findings.ToSortedArray(), publicResult.Files);
        // On success check ends with its own line, which counts the warnings too.
        DiagnosticPrinter.Print(result.Diagnostics, output, format, language, countLine: !result.Succeeded);
        if (!string.IsNullOrEmpty(summaryFile))
        {
            try
            {
                // Appended, as GitHub expects: other steps write to the same summary.
                using var summary = new StreamWriter(summaryFile, append: true);
                MarkdownSummary.Write(result.Diagnostics, summary, language);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                output.WriteLine(new Phrase(
                    $"Sammanfattningen gick inte att skriva till {summaryFile}: {ex.Message}",
                    $"Cannot write the summary to {summaryFile}: {ex.Message}").In(language));
                return 1;
            }
        }

        if (!result.Succeeded)
        {
            return 1;
        }

        var pages = result.Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        var count = DiagnosticPrinter.Count(result.Diagnostics);
        output.WriteLine(new Phrase($"{count.Swedish}: {pages} sidor skulle byggas.", $"{count.English}: {pages} pages would be built.").In(language));
        return 0;
    }
}
