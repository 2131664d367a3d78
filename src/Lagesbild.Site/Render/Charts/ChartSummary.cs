using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Charts;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// What a chart draws, in one sentence under its title, made from the figures actually plotted
/// (a table's caption may name other years than its columns hold): "Visar Meritvärde åk 6,
/// Behörighet åk 6 (%) för 2022–2024." Percentages carry their unit.
/// </summary>
public static class ChartSummary
{
    public static string Shows(ChartData chart)
    {
        var measures = chart.Panels
            .Select(p => Measure(p))
            .Where(m => m.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var series = chart.Panels.SelectMany(p => p.Series).Select(s => s.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var categories = chart.Panels.SelectMany(p => p.Categories).Distinct(StringComparer.Ordinal).ToList();
        var text = "Visar";
        text += measures.Count > 0 ? " " + List(measures) : " " + (series.Count > 1 ? "" : "antal");
        if (series.Count > 1)
        {
            text += (measures.Count > 0 ? ", " : "") + "uppdelat på " + List(series);
        }

        text += chart.Orientation == ChartOrientation.Columns
            ? " för " + Span(categories)
            : $" per {CategoryWord(chart)}";
        return text.Replace("  ", " ", StringComparison.Ordinal).TrimEnd() + ".";
    }

    private static string Measure(ChartPanel panel)
    {
        var unit = panel.Type == ColumnType.Percent && !panel.ValueTitle.Contains('%', StringComparison.Ordinal) ? " (%)" : "";
        return panel.ValueTitle.Length == 0 ? (unit.Length > 0 ? "andel (%)" : "") : Lower(panel.ValueTitle) + unit;
    }

    /// <summary>"Antal anmälningar" → "antal anmälningar" mid-sentence; "BRÅ" and "Hägersten-Älvsjö"-like names stay.</summary>
    private static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) && !title.Split(' ')[0].Contains('-', StringComparison.Ordinal)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;

    private static string CategoryWord(ChartData chart)
    {
        var title = chart.Panels.Select(p => p.CategoryTitle).FirstOrDefault(t => t.Length > 0) ?? "";
        return title.Length == 0 ? "kategorier" : title.ToLowerInvariant();
    }

    /// <summary>"2022", "2022 och 2023", "2021–2024" (first to last of three or more periods).</summary>
    private static string Span(IReadOnlyList<string> periods) => periods.Count switch
    {
        0 => "",
        1 => periods[0],
        2 => $"{periods[0]} och {periods[1]}",
        _ => $"{periods[0]} till {periods[^1]}",
    };

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} och {items[^1]}";
}
