namespace Lagesbild.Site.Render.Assets;

/// <summary>
/// One reference from an asset to another, as written in its source: the specifier between the
/// quotes, where it starts (one-based line and column, for messages) and its character span in
/// the text (for rewriting).
/// </summary>
public sealed record AssetImport(string Specifier, int Line, int Column, int Start, int Length);
