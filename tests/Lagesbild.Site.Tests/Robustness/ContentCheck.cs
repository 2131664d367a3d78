using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Validation;

namespace Lagesbild.Site.Tests.Robustness;

/// <summary>Loading and validating content in-process, as the build does before it renders (no layouts, no Node).</summary>
public static class ContentCheck
{
    public static ImmutableArray<Diagnostic> Run(string contentDirectory, bool includeInternal = false)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(contentDirectory, diagnostics, includeInternal);
        if (site is not null)
        {
            ModelValidator.Validate(site, diagnostics);
        }

        return diagnostics.ToSortedArray();
    }

    /// <summary>The one error with <paramref name="code"/>; fails with every finding when there is not exactly one.</summary>
    public static Diagnostic SingleError(this ImmutableArray<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code && d.Severity == Severity.Error).ToList();
        Assert.True(matching.Count == 1, $"expected one {code} error, got:\n" + string.Join('\n', diagnostics.Select(d => d.Format(Language.English))));
        return matching[0];
    }

    public static Diagnostic SingleWarning(this ImmutableArray<Diagnostic> diagnostics, string code)
    {
        var matching = diagnostics.Where(d => d.Code == code && d.Severity == Severity.Warning).ToList();
        Assert.True(matching.Count == 1, $"expected one {code} warning, got:\n" + string.Join('\n', diagnostics.Select(d => d.Format(Language.English))));
        return matching[0];
    }
}
