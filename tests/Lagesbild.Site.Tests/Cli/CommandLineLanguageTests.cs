using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Cli;

/// <summary>The command line as an editor meets it: help and mistakes in Swedish, English with --lang en.</summary>
public sealed class CommandLineLanguageTests
{
    public static TheoryData<string> Commands() => ["build", "check", "serve", "new-edition"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_commands_help_is_swedish_and_english_on_request(string command)
    {
        var swedish = CliRunner.ExecuteIn(Language.Swedish, RepoPaths.Root, command, "--help");
        var english = CliRunner.ExecuteIn(Language.Swedish, RepoPaths.Root, command, "--help", "--lang", "en");

        Assert.Equal(0, swedish.ExitCode);
        Assert.StartsWith("Användning:\n", swedish.StandardOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Alternativ:", swedish.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Visa den här hjälpen", swedish.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", swedish.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", swedish.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(" the ", swedish.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, english.ExitCode);
        Assert.StartsWith("Usage:\n", english.StandardOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Options:", english.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_lists_the_commands_in_swedish()
    {
        var run = CliRunner.ExecuteIn(Language.Swedish, RepoPaths.Root, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kommandon:", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("  check ", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("docs/redaktorer.md", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "bygg" }, "fel: Okänt kommando 'bygg'. Menade du 'build'?", "error: unknown command 'bygg'. Did you mean 'build'?")]
    [InlineData(new[] { "chek" }, "fel: Okänt kommando 'chek'. Menade du 'check'?", "error: unknown command 'chek'. Did you mean 'check'?")]
    [InlineData(new[] { "check", "--utkast" }, "fel: Okänt alternativ '--utkast'. Menade du '--drafts'?", "error: unknown option '--utkast'. Did you mean '--drafts'?")]
    [InlineData(new[] { "new-edition" }, "fel: new-edition behöver ett år, till exempel new-edition 2025.", "error: new-edition needs a year, e.g. new-edition 2025.")]
    [InlineData(new[] { "new-edition", "nästa" }, "fel: 'nästa' är inget år. Skriv året med siffror, till exempel new-edition 2025.", "error: 'nästa' is not a year; write the year in digits, e.g. new-edition 2025.")]
    [InlineData(new[] { "check", "--format", "xml" }, "fel: 'xml' går inte att använda här. Välj något av: text, github.", "error: 'xml' cannot be used here; choose one of: text, github.")]
    [InlineData(new string[0], "fel: Skriv ett kommando: build, pdf, check, serve, new-edition. Skriv --help för hjälp.", "error: give a command: build, pdf, check, serve, new-edition. Write --help for help.")]
    public void A_mistake_on_the_command_line_is_one_line_in_the_readers_language_and_exit_1(string[] arguments, string swedish, string english)
    {
        var sv = CliRunner.ExecuteIn(Language.Swedish, RepoPaths.Root, arguments);
        var en = CliRunner.ExecuteIn(Language.English, RepoPaths.Root, arguments);

        Assert.Equal(1, sv.ExitCode);
        Assert.Equal([swedish], sv.StandardError.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.Equal("", sv.StandardOutput);
        Assert.Equal(1, en.ExitCode);
        Assert.Equal([english], en.StandardError.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }
}
