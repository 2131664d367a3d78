using System.Collections.Immutable;

namespace Lagesbild.Site.Model;

/// <summary>
/// A picture a chapter shows, read and checked while loading: its file in the edition folder,
/// where the site publishes it (the name carries a hash of the bytes, so a published edition's
/// files never change and browsers may cache them for good), and its size for the page layout.
/// </summary>
/// <param name="SourcePath">The file relative to the edition folder, e.g. <c>bilder/karta.png</c>.</param>
/// <param name="OutputPath">The file relative to the site, e.g. <c>2024/bilder/karta.1a2b3c4d.png</c>.</param>
public sealed record EditionImage(string SourcePath, string OutputPath, int Width, int Height, ImmutableArray<byte> Content);
