using Lagesbild.Site.Build;

namespace Lagesbild.Site.Tests.Support;

/// <summary>The repository's real content built once (in memory) and shared by the tests that only read it.</summary>
public sealed class RealSite
{
    public RealSite()
    {
        Result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Layouts, Path.Combine(Path.GetTempPath(), "unused"), null));
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("the real content does not build:\n" + string.Join('\n', Result.Diagnostics));
        }
    }

    public BuildResult Result { get; }

    public IEnumerable<string> Pages => Result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal));
}
