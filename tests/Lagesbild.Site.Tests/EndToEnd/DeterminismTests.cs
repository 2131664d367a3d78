using System.Globalization;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.EndToEnd;

/// <summary>
/// Two builds of the same input are byte-identical, wherever and whenever they run: the compiled
/// command line builds the live content/ in child processes that differ in locale (number and
/// date formats, even the calendar), time zone and working directory, and every file must match.
/// </summary>
public sealed class DeterminismTests
{
    // ar-SA writes 1234.5 as "1234٫5" and dates in the Hijri calendar, de-DE writes "1234,5":
    // a figure, an SVG coordinate or a date formatted with the machine's culture shows up here.
    private static readonly (string Name, Dictionary<string, string> Environment)[] Machines =
    [
        ("C.UTF-8, UTC", new() { ["LC_ALL"] = "C.UTF-8", ["LANG"] = "C.UTF-8", ["TZ"] = "UTC" }),
        ("ar-SA, UTC+14", new() { ["LC_ALL"] = "ar_SA.UTF-8", ["LANG"] = "ar_SA.UTF-8", ["TZ"] = "Pacific/Kiritimati" }),
        ("de-DE, UTC−3:30", new() { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8", ["TZ"] = "America/St_Johns" }),
    ];

    [Fact]
    public async Task Builds_in_another_locale_time_zone_and_working_directory_write_the_same_bytes()
    {
        // Without ICU (.NET's invariant globalization mode) every culture would format alike and this test would prove nothing.
        Assert.Equal("٫", CultureInfo.GetCultureInfo("ar-SA").NumberFormat.NumberDecimalSeparator);

        using var outputs = new TempDirectory();
        var content = RepoPaths.Content;
        var layouts = RepoPaths.Layouts;

        // From the repository root with the default content/ and layouts/, from a folder elsewhere and from inside content/.
        string[] workingDirectories = [RepoPaths.Root, outputs.Path, content];
        // The three builds run at once: they are separate processes and share nothing but the input.
        var snapshots = await Task.WhenAll(Machines.Select((machine, i) => Task.Run(() =>
        {
            var output = outputs.Combine("site-" + i);
            string[] arguments = i == 0 ? ["build", "--out", output] : ["build", "--content", content, "--layouts", layouts, "--out", output];
            var run = CliRunner.ExecuteWith(machine.Environment, Language.English, workingDirectories[i], arguments);
            Assert.True(run.ExitCode == 0, $"{machine.Name}: {run.StandardError}");
            return (machine.Name, Files: DirectorySnapshot.Take(output));
        })));

        var first = snapshots[0].Files;
        Assert.True(first.Count > 15, $"only {first.Count} files were built");
        foreach (var (name, files) in snapshots.Skip(1))
        {
            Assert.Equal(first.Keys, files.Keys);
            var differing = first.Where(f => files[f.Key] != f.Value).Select(f => f.Key).ToList();
            Assert.True(differing.Count == 0, $"built under {name}, these files differ from the build under {snapshots[0].Name}: {string.Join(", ", differing)}");
        }
    }
}
