namespace Lagesbild.Site.Model;

/// <summary>A note under a table, optionally tied to a marker such as <c>*</c> used in headers or rows.</summary>
public sealed record TableNote(string? Marker, string Text);
