using System.Reflection;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Errors;

/// <summary>
/// One code per meaning: every declared code is reported somewhere (an unused code misleads a
/// reader of docs/diagnostics.md; its title alone is no use), and no code string is declared twice (two meanings under one
/// number). That each use is one meaning is for review; the error cases pin the codes.
/// </summary>
public sealed class DiagnosticCodeTests
{
    private static readonly (string Name, string Code)[] Declared =
    [
        .. typeof(DiagnosticCodes).GetNestedTypes()
            .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => ($"DiagnosticCodes.{group.Name}.{f.Name}", (string)f.GetRawConstantValue()!))),
    ];

    [Fact]
    public void Every_group_declares_codes()
    {
        Assert.True(Declared.Length > 50, $"only {Declared.Length} codes found by reflection: did DiagnosticCodes change shape?");
        Assert.All(Declared, d => Assert.Matches("^LB[0-9]{3}$", d.Code));
    }

    [Fact]
    public void No_code_string_is_declared_twice()
    {
        var twice = Declared.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.Name))}");

        Assert.Empty(twice);
    }

    [Fact]
    public void Every_declared_code_is_used_in_the_source()
    {
        var sourceRoot = Path.Combine(RepoPaths.Root, "src", "Lagesbild.Site");
        var source = string.Join("\n", Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(path) is not ("DiagnosticCodes.cs" or "DiagnosticTitles.cs"))
            .Select(File.ReadAllText));

        var unused = Declared.Where(d => !source.Contains(d.Name, StringComparison.Ordinal)).Select(d => $"{d.Name} ({d.Code})");

        Assert.Empty(unused);
    }

    [Fact]
    public void A_missing_content_folder_has_its_own_code()
    {
        using var folder = new TempDirectory();
        var diagnostics = new DiagnosticBag();

        var site = ContentLoader.Load(folder.Combine("finns-inte"), diagnostics);

        Assert.Null(site);
        var finding = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.Edition.MissingContentFolder, finding.Code);
    }
}
