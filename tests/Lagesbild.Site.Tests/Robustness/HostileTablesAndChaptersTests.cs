using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>Figures and Markdown that crashed the build (issue 9, part 5) are findings at their position.</summary>
public sealed class HostileTablesAndChaptersTests
{
    [Theory]
    [InlineData("12345678901234567890123456789", "integer", "LB310")]
    [InlineData("9223372036854775807", "integer", "LB310")]
    [InlineData("1.00000000000000000000000000001", "decimal", "LB310")]
    [InlineData("1e300", "decimal", "LB301")]
    [InlineData("١٢٣", "integer", "LB301")]
    [InlineData("１２３", "integer", "LB301")]
    [InlineData("۱۲.۵", "decimal", "LB301")]
    public void Huge_and_non_ascii_figures_are_findings_at_the_cell(string figure, string type, string code)
    {
        using var site = MinimalSite.With($"""
            -- content/2024/02-tabell.md --
            ---
            title: Tabell
            ---

            ::: chart t
            :::

            ::: table t
            :::
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - {"{"} key: namn, header: Namn, type: text {"}"}
              - {"{"} key: antal, header: Antal, type: {type} {"}"}
            rows:
              - [Järva, 1]
              - [Bromma, "{figure}"]
            """);

        var diagnostics = ContentCheck.Run(site.ContentDirectory);

        var error = diagnostics.SingleError(code);
        Assert.EndsWith("content/2024/data/t.yml:7:14", error.Location.ToString());
        Assert.NotNull(error.Message.Swedish);
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.Internal.Unexpected);
    }

    [Fact]
    public void Foreign_digits_are_named_as_such()
    {
        using var site = MinimalSite.With("""
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - { key: antal, header: Antal, type: integer }
            rows:
              - [١٢٣]
            """);

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Table.NotANumber);

        Assert.Contains("digits other than 0-9", error.Message.English);
    }

    [Theory]
    [InlineData(130, "> ")]
    [InlineData(130, ">")]
    [InlineData(40, "> ")]
    public void Deeply_nested_quotes_are_reported_at_their_line_in_the_named_file(int depth, string mark)
    {
        using var site = MinimalSite.With($"""
            -- content/2024/02-citat.md --
            ---
            title: Citat
            ---

            Text.

            {string.Concat(Enumerable.Repeat(mark, depth))}djupt
            """);

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Edition.MarkdownTooDeep);

        Assert.EndsWith("content/2024/02-citat.md:7:1", error.Location.ToString());
    }

    [Fact]
    public void Deeply_nested_lists_are_reported_in_the_named_file()
    {
        var list = string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- punkt"));
        using var site = MinimalSite.With($"-- content/2024/02-lista.md --\n---\ntitle: Lista\n---\n\n{list}\n");

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Edition.MarkdownTooDeep);

        Assert.Contains("02-lista.md", error.Location.Path);
    }

    [Fact]
    public void A_chapter_file_name_with_foreign_digits_is_not_a_chapter_name()
    {
        Assert.False(ChapterFileReader.TryParseFileName("٠١-kapitel.md", out _, out _));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_finding_not_a_crash()
    {
        // Tests run as root, where chmod 000 does not stop reading; a folder cannot be read as a file by anyone.
        using var directory = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        Assert.Null(ContentText.Read(directory.Path, "content/2024/01-a.md", diagnostics));

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.Edition.UnreadableFile, error.Code);
        // The English message adds the system's reason, which names the full path; the Swedish one is the same everywhere.
        Assert.Equal("content/2024/01-a.md:1:1: fel: Filen går inte att läsa. Kanske saknas behörighet, eller så är filen öppen i ett annat program som låser den. (Kontrollera att du har rätt att läsa filen och stäng program som har den öppen.) [LB413]", error.Format(Language.Swedish));
    }

    [SkippableFact]
    public void A_chapter_without_read_permission_is_a_finding()
    {
        Skip.If(!OperatingSystem.IsLinux() || Environment.UserName == "root", "root reads files whatever their permissions");
        using var site = MinimalSite.With();
        var chapter = Path.Combine(site.ContentDirectory, "2024", "01-inledning.md");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(chapter, UnixFileMode.None);
        }

        var error = ContentCheck.Run(site.ContentDirectory).SingleError(DiagnosticCodes.Edition.UnreadableFile);

        Assert.EndsWith("content/2024/01-inledning.md:1:1", error.Location.ToString());
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var site = MinimalSite.With();
        // One byte over the limit, and a file well over it (sparse: nothing is written).
        using (var stream = File.Create(Path.Combine(site.ContentDirectory, "2024", "02-stor.md")))
        {
            stream.SetLength(ContentLimits.MaxFileBytes + 1);
        }

        using (var stream = File.Create(Path.Combine(site.ContentDirectory, "2024", "03-storre.md")))
        {
            stream.SetLength(40L * 1024 * 1024);
        }

        var result = site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.Edition.FileTooLarge).ToList();
        Assert.Equal(["content/2024/02-stor.md:1:1", "content/2024/03-storre.md:1:1"], errors.Select(e => e.Location.ToString()));
        Assert.Contains("Filen är 17 MB. En innehållsfil får vara högst 16 MB.", errors[0].Format(Language.Swedish), StringComparison.Ordinal);
        Assert.Equal("content/2024/03-storre.md:1:1: error: the file is 40 MB; a content file may be at most 16 MB (split the text into several chapters or the table into several tables) [LB414]", errors[1].Format(Language.English));
        Assert.Equal("content/2024/03-storre.md:1:1: fel: Filen är 40 MB. En innehållsfil får vara högst 16 MB. (Dela upp texten i flera kapitel eller tabellen i flera tabeller.) [LB414]", errors[1].Format(Language.Swedish));
    }

    [Fact]
    public void A_chart_of_the_largest_allowed_figures_builds()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-tabell.md --
            ---
            title: Tabell
            ---

            ::: chart t
            :::

            ::: table t
            :::
            -- content/2024/data/t.yml --
            caption: T
            columns:
              - { key: namn, header: Namn, type: text }
              - { key: antal, header: Antal, type: decimal }
            rows:
              - [Järva, 999999999999999.999999]
              - [Bromma, -999999999999999.999999]
              - [Skärholmen, 0.000001]
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = result.Page("2024/tabell/index.html");
        Assert.NotNull(page.QuerySelector("#diagram-t svg"));
    }
}
