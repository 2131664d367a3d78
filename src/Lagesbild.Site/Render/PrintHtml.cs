using System.Globalization;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Render;

/// <summary>
/// Adapts a chapter's HTML for the one-page print view: its ids get the chapter's prefix (chapters
/// reuse section ids such as <c>stockholmsenkaten-2024</c>), and headings move one level down
/// under the chapter's own heading. Safe on our own output only: raw HTML is disabled and text is
/// escaped, so <c>id="</c> and <c>&lt;h2</c> occur only as markup.
/// </summary>
public static partial class PrintHtml
{
    public static string ForChapter(string html, string prefix)
    {
        var withIds = IdAttribute().Replace(html, m => $" {m.Groups[1].Value}=\"{prefix}{m.Groups[2].Value}\"");
        var withLinks = FragmentLink().Replace(withIds, m => $" href=\"#{prefix}{m.Groups[1].Value}\"");
        return HeadingTag().Replace(withLinks, m =>
        {
            var level = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return $"<{m.Groups[1].Value}h{Math.Min(level + 1, 6).ToString(CultureInfo.InvariantCulture)}";
        });
    }

    [GeneratedRegex("\\s(id|aria-labelledby|aria-describedby)=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("\\shref=\"#([^\"]+)\"")]
    private static partial Regex FragmentLink();

    [GeneratedRegex("<(/?)h([1-6])\\b")]
    private static partial Regex HeadingTag();
}
