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
    public static Command Create()
    {
        var common = new CommonOptions();
        var drafts = new Option<bool>("--drafts") { Description = "Also render editions with status: draft (their content is checked either way)" };
        var internalContent = new Option<bool>("--internal") { Description = "Also check chapters with visibility: internal and ::: internal blocks" };
        var format = new Option<string>("--format")
        {
            Description = "text: path:line:col: error: message; github: workflow annotations on the pull request's lines",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var summary = new Option<string?>("--summary")
        {
            Description = "Also append every finding as a Markdown table to this file (in CI: --summary \"$GITHUB_STEP_SUMMARY\")",
        };
        var command = new Command("check", "Check content/ and layouts/ and report every problem, without writing site/");
        common.AddTo(command);
        command.Options.Add(drafts);
        command.Options.Add(internalContent);
        command.Options.Add(format);
        command.Options.Add(summary);
        command.SetAction(parse => Run(
            common.Read(parse, "", parse.GetValue(drafts), parse.GetValue(internalContent)),
            parse.GetValue(format) == "github" ? DiagnosticFormat.GitHub : DiagnosticFormat.Text,
            Console.Out,
            common.ReadLanguage(parse),
            parse.GetValue(summary)));
        return command;
    }

    /// <summary>Prints every finding to <paramref name="output"/>; 1 when any is an error, else 0.</summary>
    public static int Run(BuildOptions options, DiagnosticFormat format, TextWriter output, Language language = Language.Swedish, string? summaryFile = null)
    {
        var result = SiteBuilder.Build(options with { Search = Search.SearchMode.Skipped });
        DiagnosticPrinter.Print(result.Diagnostics, output, format, language);
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
                output.WriteLine(language == Language.English
                    ? $"Cannot write the summary to {summaryFile}: {ex.Message}"
                    : $"Sammanfattningen gick inte att skriva till {summaryFile}: {ex.Message}");
                return 1;
            }
        }

        if (!result.Succeeded)
        {
            return 1;
        }

        var pages = result.Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        output.WriteLine(language == Language.English
            ? $"No errors: {pages} pages would be built."
            : $"Inga fel: {pages} sidor skulle byggas.");
        return 0;
    }
}
