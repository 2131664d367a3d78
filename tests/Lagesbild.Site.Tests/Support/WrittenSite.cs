using Lagesbild.Site.Build;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// A finished build written to a temp folder, as <c>build</c> writes site/, for tests that serve it
/// or hand it to Node. Shared ones live for the whole test run and are removed when it ends.
/// </summary>
public sealed class WrittenSite
{
    private WrittenSite(BuildResult result, string directory)
    {
        Result = result;
        Directory = directory;
    }

    public BuildResult Result { get; }

    /// <summary>The written site/ folder.</summary>
    public string Directory { get; }

    public string Combine(params string[] parts) => Path.Combine([Directory, .. parts]);

    /// <summary>Writes <paramref name="result"/> into a new temp folder that is deleted when the test process exits.</summary>
    public static WrittenSite Of(BuildResult result)
    {
        var folder = new TempDirectory();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        var output = folder.Combine("site");
        StagedDirectoryWriter.Write(output, result.Files);
        return new WrittenSite(result, output);
    }
}
