using Lagesbild.Site.Model;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Images;

/// <summary>The picture files an edition publishes, each once however many chapters show it.</summary>
public static class ImageFiles
{
    public static IEnumerable<OutputFile> For(Edition edition) =>
        edition.Images.Values
            .DistinctBy(image => image.OutputPath, StringComparer.Ordinal)
            .Select(image => new OutputFile(image.OutputPath, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(image.Content)!));
}
