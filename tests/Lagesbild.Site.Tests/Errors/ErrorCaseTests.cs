using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Errors;

/// <summary>
/// Every file in Errors/Cases/ is a broken site (<c>-- path --</c> sections) plus an
/// <c>-- expected --</c> section: the exact diagnostics the build must print, positions included.
/// </summary>
public sealed class ErrorCaseTests
{
    private static readonly string CasesDirectory = Path.Combine(RepoPaths.Root, "tests", "Lagesbild.Site.Tests", "Errors", "Cases");

    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateFiles(CasesDirectory, "*.txt").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_every_problem_with_its_position(string name)
    {
        var text = File.ReadAllText(Path.Combine(CasesDirectory, name + ".txt"));
        var marker = text.IndexOf("-- expected --", StringComparison.Ordinal);
        var expected = text[(marker + "-- expected --".Length)..].Trim().Split('\n').Select(l => l.TrimEnd()).ToArray();
        using var site = TestSite.FromText(Fixtures.MinimalSite + "\n" + text[..marker]);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var actual = result.Diagnostics.Select(d => d.ToString().Replace(site.Root + "/", "", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected, actual);
    }
}
