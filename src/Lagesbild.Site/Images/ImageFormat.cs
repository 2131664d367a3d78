namespace Lagesbild.Site.Images;

/// <summary>The picture formats every browser shows and the build can measure; anything else is refused.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
    Svg,
}
