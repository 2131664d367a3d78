using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown.Directives.Chart;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Lagesbild.Site.Model;
using Markdig.Syntax;

namespace Lagesbild.Site.Validation;

/// <summary>
/// A chapter's <c>::: table</c> and <c>::: chart</c> blocks against its edition: closed, naming a
/// table file of the edition, and a chart followed by its table. Whether a chart can be drawn is
/// found where its data is built, once: SiteAssembler.
/// </summary>
public static class TableReferenceChecks
{
    public static void Check(Edition edition, Chapter chapter, DiagnosticBag diagnostics)
    {
        foreach (var directive in chapter.Document.Descendants<DataTableBlock>())
        {
            var location = SourceLocation.Of(chapter.Location.Path, directive);
            if (!directive.IsClosed)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.UnclosedDirective, location,
                    new($"Blocket `::: {directive.Directive.Keyword} {directive.TableId}` avslutas aldrig.", $"`::: {directive.Directive.Keyword} {directive.TableId}` is not closed"),
                    new("Skriv en rad med bara `:::` direkt under den.", "add a line with only `:::` right below it"));
            }

            if (!edition.TableFiles.ContainsKey(directive.TableId))
            {
                var known = edition.Tables.Keys.ToList();
                diagnostics.Error(DiagnosticCodes.Chapter.UnknownTable, location,
                    new($"Det finns ingen tabell `{directive.TableId}` i {edition.Year}/data/.", $"there is no data table `{directive.TableId}` in {edition.Year}/data/"),
                    known.Count == 0
                        ? new($"Skapa filen {edition.Year}/data/{directive.TableId}.yml.", $"create {edition.Year}/data/{directive.TableId}.yml")
                        : new($"Kontrollera stavningen. Tabeller som finns: {string.Join(", ", known)}.", $"check the spelling; known tables: {string.Join(", ", known)}"));
            }
            else if (directive is ChartBlock)
            {
                // Whether the chart can be drawn is found where its data is built, once: SiteAssembler.
                CheckTableBelow(directive, location, diagnostics);
            }
        }
    }

    /// <summary>The table right below a chart is its text version, for screen readers and for print.</summary>
    private static void CheckTableBelow(DataTableBlock chart, SourceLocation location, DiagnosticBag diagnostics)
    {
        var parent = chart.Parent;
        var index = parent?.IndexOf(chart) ?? -1;
        var next = parent is not null && index + 1 < parent.Count ? parent[index + 1] : null;
        if (next is not TableBlock table || table.TableId != chart.TableId)
        {
            diagnostics.Warning(DiagnosticCodes.Chapter.ChartWithoutTable, location,
                new($"Diagrammet `{chart.TableId}` har ingen tabell direkt under sig.", $"the chart `{chart.TableId}` has no table right below it"),
                new($"Placera `::: table {chart.TableId}` och `:::` direkt under diagrammet. Tabellen är diagrammets textversion.",
                    $"place `::: table {chart.TableId}` and `:::` right under the chart: the table is the chart's text version"));
        }
    }
}
