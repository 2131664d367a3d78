using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The frozen 2024 report (Fixtures/content-2024) built once for the whole run
/// (<see cref="SharedBuilds.Frozen"/>), for tests that pin its text, figures, titles and chapters.
/// </summary>
public sealed class FrozenSite
{
    public BuildResult Result => SharedBuilds.Frozen;

    public IEnumerable<string> Pages => Result.Pages();
}
