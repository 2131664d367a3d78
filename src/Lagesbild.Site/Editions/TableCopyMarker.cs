using System.Globalization;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Editions;

/// <summary>
/// Writes the copy mark at the top of a table <c>new-edition</c> copied: <c>copied_from: YEAR</c>
/// with a Swedish comment saying what to do. The mark of an earlier copy (a table that was
/// unchanged on purpose last year) is replaced, so each year starts from "not yet updated".
/// </summary>
public static partial class TableCopyMarker
{
    private const string FirstCommentLine = "# Den här tabellen är kopierad från";

    public static string Mark(string text, int fromYear, int toYear)
    {
        var from = fromYear.ToString(CultureInfo.InvariantCulture);
        var to = toYear.ToString(CultureInfo.InvariantCulture);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        RemoveEarlierMark(lines);
        string[] mark =
        [
            $"{FirstCommentLine} {from} års utgåva och har inte uppdaterats för {to} än.",
            $"# När du har fört in {to} års siffror: ta bort raden `copied_from: {from}` och de här kommentarerna.",
            $"# Ska siffrorna vara desamma som {from} med avsikt, skriv `unchanged: true` på raden under i stället.",
            "# Så länge raden finns varnar `check` för tabellen, diagrammet visar bara tidigare års siffror,",
            "# och upplagan går inte att publicera.",
            $"copied_from: {from}",
        ];
        return string.Join('\n', mark.Concat(lines));
    }

    private static void RemoveEarlierMark(List<string> lines)
    {
        var start = lines.FindIndex(l => l.StartsWith(FirstCommentLine, StringComparison.Ordinal));
        if (start >= 0)
        {
            var end = start;
            while (end < lines.Count && lines[end].StartsWith('#'))
            {
                end++;
            }

            lines.RemoveRange(start, end - start);
        }

        lines.RemoveAll(l => MarkKey().IsMatch(l));
    }

    [GeneratedRegex(@"^(copied_from|unchanged):")]
    private static partial Regex MarkKey();
}
