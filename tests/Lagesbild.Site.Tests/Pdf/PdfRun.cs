using Lagesbild.Site.Build;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Pdf;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Pdf;

/// <summary>One run of the <c>pdf</c> command in-process, with its own cache folder and Debian's Chromium: what it printed and where it wrote.</summary>
public sealed record PdfRun(int ExitCode, string Output, string Error, string OutputDirectory)
{
    public static PdfRun Of(BuildOptions options, string outputDirectory, string cacheDirectory, Func<ChromiumPrinter?>? chromium = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var rules = new OutputFolderRules(options.ContentDirectory, options.LayoutsDirectory, Path.GetDirectoryName(outputDirectory)!, HomeDirectory: null);
        var exit = BuildCommand.Run(options with { OutputDirectory = outputDirectory }, Language.English, rules, output, error,
            new PdfCommand(new PdfCache(cacheDirectory), chromium ?? (() => new ChromiumPrinter(Chromium.Path))));
        return new PdfRun(exit, output.ToString(), error.ToString(), outputDirectory);
    }

    public string File(string relativePath) => Path.Combine([OutputDirectory, .. relativePath.Split('/')]);

    public AngleSharp.Dom.IDocument Page(string relativePath) => HtmlPage.Parse(System.IO.File.ReadAllText(File(relativePath)));
}

/// <summary>The frozen 2024 report made by <c>pdf</c> once for the test class (Chromium takes seconds per print).</summary>
public sealed class FrozenPdf : IDisposable
{
    public const string PdfPath = "2024/lagesbild-2024.pdf";

    private readonly Lazy<PdfRun> _run;

    public FrozenPdf()
    {
        _run = new(() => Make("cache", "site"));
    }

    public TempDirectory Folder { get; } = new();

    /// <summary>The first run, into an empty cache: Chromium printed it.</summary>
    public PdfRun Run
    {
        get
        {
            var run = _run.Value;
            Assert.True(run.ExitCode == 0, run.Error);
            return run;
        }
    }

    public string Pdf => Run.File(PdfPath);

    public PdfRun Make(string cache, string output) =>
        PdfRun.Of(SharedBuilds.FrozenOptions(), Folder.Combine(output), Folder.Combine(cache));

    public void Dispose() => Folder.Dispose();
}
