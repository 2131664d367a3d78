using System.Globalization;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Editions;

/// <summary>
/// Moves a copied <c>edition.yml</c> on to the new year line by line, so the editor's comments,
/// key order and quoting survive: the year in the title, the published date by as many years,
/// and <c>status: draft</c>. Everything else (subtitle, summary, organisations) is left for the
/// editor, who is told so.
/// </summary>
public static partial class EditionYamlRewriter
{
    /// <summary>The new file's text, and the title and published date it now gives.</summary>
    public sealed record Result(string Text, string Title, DateOnly? Published);

    public static Result Rewrite(string text, int fromYear, int toYear)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var title = "";
        DateOnly? published = null;
        var hasStatus = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = TopLevelKey().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value;
            switch (match.Groups["key"].Value)
            {
                case "title":
                    lines[i] = "title: " + value.Replace(Year(fromYear), Year(toYear), StringComparison.Ordinal);
                    title = lines[i]["title: ".Length..].Trim().Trim('"', '\'');
                    break;
                case "published" when DateOnly.TryParseExact(value.Trim().Trim('"', '\''), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    published = date.AddYears(toYear - fromYear);
                    lines[i] = "published: " + published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case "status":
                    lines[i] = "status: draft";
                    hasStatus = true;
                    break;
            }
        }

        if (!hasStatus)
        {
            lines.Insert(lines.Count > 0 && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count, "status: draft");
        }

        return new Result(string.Join('\n', lines), title, published);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<key>title|published|status):[ \t]*(?<value>.*?)[ \t]*$")]
    private static partial Regex TopLevelKey();
}
