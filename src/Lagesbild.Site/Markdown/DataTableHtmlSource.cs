namespace Lagesbild.Site.Markdown;

/// <summary>Gives the already rendered HTML of a directive's table or chart, by kind and id.</summary>
public delegate string? DataTableHtmlSource(string kind, string id);
