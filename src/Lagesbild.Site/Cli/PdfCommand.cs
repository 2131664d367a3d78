using System.CommandLine;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Pdf;

namespace Lagesbild.Site.Cli;

/// <summary>
/// <c>pdf</c>: <c>build</c>, with the options of <c>build</c>, plus each edition's PDF, linked
/// with its size from the edition home and the print view. It is its own command so that
/// <c>build</c> never starts a browser: Chromium takes a second or two per edition, and only an
/// edition whose print view changed needs it (the rest come from the cache).
/// </summary>
public sealed class PdfCommand(PdfCache cache, Func<ChromiumPrinter?> locateChromium)
{
    public static Command Create(Language language = Language.Swedish) =>
        BuildCommand.Create("pdf", new Phrase("Bygg webbplatsen som build och lägg till varje upplagas PDF (utskriven från utskriftsversionen med Chromium)",
            "Build the site like build, and add each edition's PDF (printed from its print view by Chromium)"), withPdfs: true, language);

    /// <summary>The CLI's: the user's cache folder and the Chromium on this machine.</summary>
    public static PdfCommand Default() => new(new PdfCache(PdfCache.DefaultDirectory()), ChromiumPrinter.Locate);

    /// <summary>
    /// Builds once without PDFs (and without the search indexes, which the print view does not
    /// need), makes the PDFs from that build's print views, and returns the options for the real
    /// build, which publishes them. A first build with errors returns the options unchanged: the
    /// real build then reports those errors once.
    /// </summary>
    public BuildOptions Prepare(BuildOptions options, DiagnosticBag diagnostics, List<EditionPdfs.Outcome> outcomes)
    {
        var source = SiteBuilder.Build(options with { Search = Search.SearchMode.Skipped, Pdfs = options.Pdfs.Clear() });
        if (!source.Succeeded || source.Plan is null)
        {
            return options;
        }

        return options with { Pdfs = EditionPdfs.Make(source.Plan, source.Files, cache, locateChromium, diagnostics, outcomes) };
    }
}
