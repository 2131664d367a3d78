using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Cli;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary><c>check</c> as an editor meets it: one line per finding at the exact place, and the exit code.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void The_live_content_has_no_errors()
    {
        // check writes nothing, so it may read content/ where it is. Warnings are allowed: a
        // draft edition started with new-edition may warn until its tables are updated.
        using var output = new StringWriter { NewLine = "\n" };
        var exit = CheckCommand.Run(new Lagesbild.Site.Build.BuildOptions(RepoPaths.Content, RepoPaths.Layouts, Path.Combine(Path.GetTempPath(), "lagesbild-tests", "unused-output"), null), DiagnosticFormat.Text, output, Language.English);

        Assert.True(exit == 0, output.ToString());
        Assert.DoesNotContain(Lines(output.ToString()), l => l.Contains(": error:", StringComparison.Ordinal));
        Assert.StartsWith("No errors", Lines(output.ToString())[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_frozen_report_has_no_findings_at_all()
    {
        using var output = new StringWriter { NewLine = "\n" };

        var exit = CheckCommand.Run(SharedBuilds.FrozenOptions(), DiagnosticFormat.Text, output, Language.English);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", output.ToString().ToLowerInvariant().Replace("no errors", "").Replace("0 error(s)", ""), StringComparison.Ordinal);
        // Only the four figures whose pictures are in the printed report alone (LB270), which the
        // frozen text must keep verbatim.
        var warnings = output.ToString().Split('\n').Where(l => l.Contains(": warning:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.All(warnings, w => Assert.EndsWith("[LB270]", w, StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_site_exits_0_and_writes_nothing()
    {
        using var site = MinimalSite.With();

        var (exit, output) = Check(site);

        Assert.Equal(0, exit);
        Assert.StartsWith("No errors and no warnings: ", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_at_its_line_and_column()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-fel.md --
            ---
            title: Fel
            colour: red
            ---

            Se [syftet](01-inledning.md#saknas) och ![](karta.png).

            ##

            Text med <b onclick="stjal()">fet</b> stil och <javascript:alert(1)>.

            <script>alert(1)</script>

            <div class="ruta">Ruta</div>
            """);
        var (exit, output) = Check(site);

        Assert.Equal(1, exit);
        // Paths relative to the site, as the CLI shows them from the folder it runs in.
        var chapter = "content/2024/02-fel.md";
        Assert.Equal(
            [
                $"{chapter}:3:1: error: unknown key `colour` (allowed keys here: title, description, visibility, updated) [LB102]",
                $"{chapter}:6:4: error: `#saknas` is not a section of \"Inledning\" (sections there: #syfte) [LB206]",
                $"{chapter}:6:41: error: the image has no alt text (describe what the image shows between the brackets, e.g. `![Karta över stadsdelsområdet](karta.png)`) [LB212]",
                $"{chapter}:6:41: error: the image file `karta.png` does not exist in the 2024 edition's folder (put the image file in 2024/ or correct the name in the chapter) [LB240]",
                $"{chapter}:8:1: error: the heading is empty (write the section's name after the `#` marks, or remove the line) [LB215]",
                $"{chapter}:10:13: error: the event handler attribute `onclick` is not allowed (remove it: chapters cannot run scripts) [LB211]",
                $"{chapter}:10:48: error: links may not run scripts or embed data (link to a web page (https://…) or to another chapter's .md file) [LB227]",
                $"{chapter}:12:1: error: `<script>` is not allowed in a chapter (remove it: the site runs no scripts or embedded content from chapters) [LB211]",
                $"{chapter}:14:1: warning: raw HTML `<div>` is shown as text on the page (raw HTML is turned off; write it in Markdown instead (`**fet**`, `[länk](url)`, lists, `::: figure`)) [LB210]",
                "8 errors, 1 warning",
            ],
            Lines(output));
    }

    [Fact]
    public void Unknown_keys_in_yaml_files_are_reported_at_the_key()
    {
        using var site = MinimalSite.With("""
            -- content/2024/data/brott.yml --
            caption: Brott
            columns:
              - key: typ
                header: Typ
                type: text
                width: 20
            rows:
              - [Rån]
            """);
        File.AppendAllText(Path.Combine(site.ContentDirectory, "site.yml"), "theme: dark\n");

        var (exit, output) = Check(site);

        Assert.Equal(1, exit);
        Assert.Contains("content/2024/data/brott.yml:6:5: error: unknown key `width`", output, StringComparison.Ordinal);
        Assert.Contains("content/site.yml:6:1: error: unknown key `theme`", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_first_bad_byte()
    {
        using var site = MinimalSite.With();
        // "Brottsförebyggande" saved as Latin-1: ö is the single byte 0xF6.
        File.WriteAllBytes(Path.Combine(site.ContentDirectory, "2024", "02-latin1.md"), [.. "---\ntitle: X\n---\n\nBrottsf"u8, 0xF6, .. "rebyggande\n"u8]);

        var (exit, output) = Check(site);
        var (_, swedish) = Check(site, language: Language.Swedish);

        Assert.Equal(1, exit);
        Assert.Contains("""content/2024/02-latin1.md:5:8: error: the file is not UTF-8 text (save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)) [LB208]""", Lines(output));
        Assert.Contains("""content/2024/02-latin1.md:5:8: fel: Filen är inte sparad som UTF-8-text. (Spara filen som UTF-8 i din textredigerare ("Spara med kodning" → UTF-8).) [LB208]""", Lines(swedish));
    }

    [Fact]
    public void A_content_folder_that_does_not_exist_is_one_finding()
    {
        using var site = MinimalSite.With();
        var options = site.Options() with { ContentDirectory = Path.Combine(site.Root, "innehall") };

        var (exit, output) = Check(options, Language.English);
        var (_, swedish) = Check(options, Language.Swedish);

        Assert.Equal(1, exit);
        Assert.Equal("innehall:1:1: error: the content folder innehall does not exist (run the command where the content folder is, or pass --content DIR) [LB417]", Lines(output)[0]);
        Assert.Equal("innehall:1:1: fel: Mappen innehall finns inte. (Kör kommandot i mappen där content finns, eller ange rätt mapp med --content MAPP.) [LB417]", Lines(swedish)[0]);
        Assert.DoesNotContain(Lines(output)[1..], l => l.Contains("[LB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_folder_without_site_yml_or_editions_is_one_finding()
    {
        using var site = MinimalSite.With();
        Directory.Delete(site.ContentDirectory, recursive: true);
        Directory.CreateDirectory(site.ContentDirectory);
        File.WriteAllText(Path.Combine(site.ContentDirectory, "anteckningar.txt"), "Inte en sajt.\n");

        var (exit, output) = Check(site);
        var (_, swedish) = Check(site, language: Language.Swedish);

        Assert.Equal(1, exit);
        Assert.Equal("content/site.yml:1:1: error: site.yml is missing (create content/site.yml with at least `title: Lägesbild`, or pass --content DIR) [LB418]", Lines(output)[0]);
        Assert.Equal("content/site.yml:1:1: fel: Filen site.yml saknas. (Skapa content/site.yml med minst raden `title: Lägesbild`, eller ange rätt mapp med --content.) [LB418]", Lines(swedish)[0]);
        Assert.DoesNotContain(Lines(output)[1..], l => l.Contains("[LB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_layout_is_reported_at_its_path()
    {
        using var site = MinimalSite.With();
        File.Delete(Path.Combine(site.LayoutsDirectory, "chapter.sbn"));

        var (exit, output) = Check(site);
        var (_, swedish) = Check(site, language: Language.Swedish);

        Assert.Equal(1, exit);
        Assert.Contains("layouts/chapter.sbn:1:1: error: the layout chapter.sbn is missing (create layouts/chapter.sbn) [LB502]", Lines(output));
        Assert.Contains("layouts/chapter.sbn:1:1: fel: Layouten chapter.sbn saknas. (Skapa layouts/chapter.sbn.) [LB502]", Lines(swedish));
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-kommentar.md --
            ---
            title: Kommentar
            ---

            Text. <!-- fråga Anna om siffrorna -->
            """);

        var (exit, output) = Check(site);

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal(
            [
                "content/2024/02-kommentar.md:5:7: warning: the HTML comment is shown as text on the page (remove it; keep notes for other editors in the pull request instead) [LB210]",
                "No errors, 1 warning: 12 pages would be built.",
            ],
            lines);
    }

    [Fact]
    public void Html_inside_code_is_text_the_editor_meant_and_is_not_reported()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-kod.md --
            ---
            title: Kod
            ---

            Skriv inte `<script>` i texten, och 14000 < boende per km².

                <div>indraget kodblock</div>
            """);

        var (exit, output) = Check(site);

        Assert.Equal(0, exit);
        Assert.StartsWith("No errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_prints_workflow_annotations()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-bild.md --
            ---
            title: Bild
            ---

            ![](karta.png)
            """);

        var (exit, output) = Check(site, DiagnosticFormat.GitHub);

        Assert.Equal(1, exit);
        Assert.Equal(
            "::error file=content/2024/02-bild.md,line=5,col=1,title=Image without alt text (LB212)::the image has no alt text " +
            "(describe what the image shows between the brackets, e.g. `![Karta över stadsdelsområdet](karta.png)`)",
            Lines(output)[0]);
    }

    [Fact]
    public void The_command_line_prints_annotations_and_exits_1_from_the_repository_root()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-bild.md --
            ---
            title: Bild
            ---

            Karta: ![](karta.png)
            """);

        var run = CliRunner.Execute(site.Root, "check", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error file=content/2024/02-bild.md,line=5,col=8,title=Image without alt text (LB212)::the image has no alt text", run.StandardOutput, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Check(TestSite site, DiagnosticFormat format = DiagnosticFormat.Text, Language language = Language.English) =>
        Check(site.Options(), language, format);

    private static (int Exit, string Output) Check(Lagesbild.Site.Build.BuildOptions options, Language language, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var exit = CheckCommand.Run(options, format, output, language);
        return (exit, output.ToString());
    }

    private static string[] Lines(string output) => output.TrimEnd('\n').Split('\n');
}
