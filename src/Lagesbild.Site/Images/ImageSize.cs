namespace Lagesbild.Site.Images;

/// <summary>A picture's intrinsic size in CSS pixels, for the width and height that keep the page from jumping while it loads.</summary>
public readonly record struct ImageSize(int Width, int Height);
