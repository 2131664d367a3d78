namespace Lagesbild.Site.Markdown.Directives.Table;

/// <summary>Gives the rendered HTML of the table or chart a directive places.</summary>
public delegate string? DataTableHtmlSource(DataTableBlock directive);
