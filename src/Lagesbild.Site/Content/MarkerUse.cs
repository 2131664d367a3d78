using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>A note marker (<c>*</c>) as written on a note, a column or a row, with where.</summary>
public sealed record MarkerUse(string Marker, SourceLocation Location);
