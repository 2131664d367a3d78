using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The repository's live content/ built once for the whole run (<see cref="SharedBuilds.Real"/>).
/// Only for assertions that hold for ANY valid content: editors change it every year.
/// </summary>
public sealed class RealSite
{
    public BuildResult Result => SharedBuilds.Real;

    public IEnumerable<string> Pages => Result.Pages();
}
