using Lagesbild.Site.Build;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>
/// What the commands print besides findings (the build's last line, its wait for another build,
/// the check's tally, the job summary) is in the editor's language, and only in it.
/// </summary>
public sealed class OutputLanguageTests
{
    [Fact]
    public void A_build_says_what_it_built_in_swedish_and_in_english_on_request()
    {
        using var workspace = new OutputWorkspace();

        var swedish = workspace.Build("site", language: Language.Swedish);
        var english = workspace.Build("site-en", language: Language.English);

        Assert.Equal(0, swedish.ExitCode);
        Assert.Matches(@"^Byggde \d+ sidor \(\d+ filer\) i site/ på \d+ ms\.$", swedish.Output.TrimEnd());
        Assert.Equal(0, english.ExitCode);
        Assert.Matches(@"^Built \d+ pages \(\d+ files\) into site-en/ in \d+ ms\.$", english.Output.TrimEnd());
    }

    [Fact]
    public void A_failed_build_says_the_old_site_is_untouched_in_the_readers_language()
    {
        using var site = MinimalSite.With("-- content/2024/02-fel.md --\n---\ntitle: Fel\ncolour: red\n---\n\nText.\n");
        var options = new BuildOptions(site.ContentDirectory, site.LayoutsDirectory, site.OutputDirectory, BaseUrl: null);

        var swedish = Build(site, options, Language.Swedish);
        var english = Build(site, options, Language.English);

        Assert.EndsWith($"Bygget misslyckades. {site.OutputDirectory}/ är orört.", swedish.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Build failed", swedish, StringComparison.Ordinal);
        Assert.EndsWith($"Build failed; {site.OutputDirectory}/ was left as it was.", english.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_waiting_for_another_says_so_in_swedish_only()
    {
        using var workspace = new OutputWorkspace();
        var target = workspace.Combine("site");
        var held = OutputLock.Acquire(target, TimeSpan.Zero, () => { });
        Assert.NotNull(held);
        var log = new SynchronizedLog();
        var writing = Task.Run(() => StagedDirectoryWriter.Write(target, [OutputFile.Text("index.html", "<p>x</p>")], workspace.Rules(), new DiagnosticBag(), log, Language.Swedish));

        var waiting = SpinWait.SpinUntil(() => log.Text.Length > 0, TimeSpan.FromSeconds(30));
        held!.Dispose();

        Assert.True(waiting, "the build never said it was waiting");
        Assert.True(await writing.WaitAsync(TimeSpan.FromSeconds(30)), "the build did not go on once the other was done");
        Assert.Equal($"Väntar på ett annat bygge till {target}/ …", log.Text.TrimEnd());
    }

    [Theory]
    [InlineData(Language.Swedish, "## Kontroll av innehållet", "| | Fil | Rad | Tecken | Vad är fel | Så rättar du | Kod |", "| ❌ fel |", ": fel: ")]
    [InlineData(Language.English, "## Content check", "| | File | Line | Column | What is wrong | How to fix it | Code |", "| ❌ error |", ": error: ")]
    public void The_check_and_its_job_summary_speak_the_readers_language(Language language, string heading, string header, string kind, string finding)
    {
        using var site = MinimalSite.With("-- content/2024/02-fel.md --\n---\ntitle: Fel\ncolour: red\n---\n\nText.\n");
        var summary = Path.Combine(site.Root, "summary.md");
        var output = new StringWriter();

        var exit = CheckCommand.Run(new BuildOptions(site.ContentDirectory, site.LayoutsDirectory, site.OutputDirectory, BaseUrl: null, IncludeDrafts: true),
            DiagnosticFormat.Text, output, language, summary);

        Assert.Equal(1, exit);
        var lines = File.ReadAllLines(summary);
        Assert.Equal(heading, lines[0]);
        Assert.Contains(header, lines);
        Assert.Contains(lines, line => line.StartsWith(kind, StringComparison.Ordinal));
        Assert.Contains(finding, output.ToString(), StringComparison.Ordinal);
    }

    private static string Build(TestSite site, BuildOptions options, Language language)
    {
        var error = new StringWriter();
        var exit = BuildCommand.Run(options, language, new OutputFolderRules(site.ContentDirectory, site.LayoutsDirectory, site.Root, site.Root), new StringWriter(), error);
        Assert.Equal(1, exit);
        return error.ToString();
    }

    /// <summary>A log the waiting build writes from its own thread while the test reads it.</summary>
    private sealed class SynchronizedLog : StringWriter
    {
        private readonly object _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }
    }
}
