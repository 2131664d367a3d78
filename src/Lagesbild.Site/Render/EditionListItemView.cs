namespace Lagesbild.Site.Render;

/// <summary>An edition as an entry of the editions page <c>utgavor/</c>.</summary>
public sealed record EditionListItemView(EditionView Edition, bool IsLatest);
