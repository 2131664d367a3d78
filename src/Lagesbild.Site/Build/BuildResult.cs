using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Build;

/// <summary>The outcome of a build: every finding, and the files to write when there was no error.</summary>
public sealed record BuildResult(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<OutputFile> Files)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The site plan the files were rendered from; null when the build stopped before assembling it.</summary>
    public SitePlan? Plan { get; init; }

    /// <summary>
    /// The search plan the pages were rendered with: the index paths they name. With
    /// <see cref="Search.SearchMode.Deferred"/> its indexes are still to build, which <c>serve</c>
    /// does with <see cref="SiteBuilder.Index(Search.SearchPlan)"/> (or drops, for a build already superseded).
    /// </summary>
    public Search.SearchPlan? Search { get; init; }
}
