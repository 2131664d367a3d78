using Lagesbild.Site.Diagnostics;
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
        var swedishMarker = text.IndexOf("-- expected sv --", StringComparison.Ordinal);
        using var site = TestSite.FromText(MinimalSite.Files + "\n" + text[..Math.Min(marker, swedishMarker < 0 ? marker : swedishMarker)]);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(Expected(text, marker, swedishMarker), Actual(result, Language.English));
        if (swedishMarker >= 0)
        {
            // Editors read the Swedish wording: a case may pin it as well.
            Assert.Equal(Expected(text, swedishMarker, marker), Actual(result, Language.Swedish));
        }
    }

    /// <summary>The lines of the section at <paramref name="start"/>, up to the other expected section when it follows.</summary>
    private static string[] Expected(string text, int start, int other)
    {
        var body = text[(text.IndexOf("--\n", start + 3, StringComparison.Ordinal) + 3)..];
        if (other > start)
        {
            body = text[(text.IndexOf("--\n", start + 3, StringComparison.Ordinal) + 3)..other];
        }

        return body.Trim().Split('\n').Select(l => l.TrimEnd()).ToArray();
    }

    // The site's build options show paths relative to its root, as the CLI does from the repository root.
    private static string[] Actual(Lagesbild.Site.Build.BuildResult result, Language language) =>
        result.Diagnostics.Select(d => d.Format(language)).ToArray();
}
