using System.Globalization;
using System.Text.RegularExpressions;

namespace Lagesbild.Site.Model;

/// <summary>
/// A link an editor writes between chapters, the way their editor's preview follows it:
/// <c>02-inledning.md#syfte</c>, <c>../2023/02-inledning.md</c> or just <c>#syfte</c>.
/// </summary>
public sealed partial record ChapterLink(int? Year, string? Slug, string? Anchor)
{
    /// <summary>Parses an internal link, or returns null for external and other links.</summary>
    public static ChapterLink? Parse(string url)
    {
        if (url.StartsWith('#'))
        {
            return new ChapterLink(null, null, Uri.UnescapeDataString(url[1..]));
        }

        var match = FileLink().Match(url);
        if (!match.Success)
        {
            return null;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var anchor = match.Groups["anchor"].Success ? Uri.UnescapeDataString(match.Groups["anchor"].Value) : null;
        return new ChapterLink(year, match.Groups["slug"].Value, anchor);
    }

    /// <summary>True for URLs that point away from the site or are plainly unsafe to follow.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse rejects.
    [GeneratedRegex(@"^(?:\.\./(?<year>[0-9]{4})/)?[0-9]{2}-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md(?:#(?<anchor>.+))?$")]
    private static partial Regex FileLink();
}
