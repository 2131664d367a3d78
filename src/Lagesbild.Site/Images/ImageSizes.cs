namespace Lagesbild.Site.Images;

/// <summary>The sanity check every reader shares: a size of zero or beyond what any screen shows means a damaged file.</summary>
internal static class ImageSizes
{
    // Larger than any real map or photo; a header claiming more is damaged, not a picture to lay out.
    private const uint Largest = 65535;

    public static ImageSize? Valid(uint width, uint height) =>
        width is > 0 and <= Largest && height is > 0 and <= Largest ? new ImageSize((int)width, (int)height) : null;
}
