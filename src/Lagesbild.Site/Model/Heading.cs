using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>A section heading inside a chapter, with the anchor id links and search results point at.</summary>
public sealed record Heading(int Level, string Id, string Text, SourceLocation Location);
