using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>
/// What the site's address and language may be, whether they come from site.yml or the command
/// line. They reach every page (in <c>&lt;html lang&gt;</c>, every link, canonical links and the
/// redirects' <c>&lt;meta http-equiv="refresh"&gt;</c>), so they are checked strictly rather than
/// escaped: an escaped but foreign URL would still send readers elsewhere.
/// </summary>
public static partial class SiteSettingRules
{
    /// <summary>A problem with a setting: what is wrong and what to write instead.</summary>
    public sealed record Problem(Phrase Message, Phrase Hint);

    /// <summary>The public scheme and host: <c>https://example.github.io</c>, with an optional port and no path, query, fragment or user name.</summary>
    public static Problem? CheckSiteUrl(string name, string value)
    {
        var hint = new Phrase(
            "Skriv bara protokoll och värdnamn, till exempel `https://exempel.github.io`. En sökväg som /lagesbild/ anges i base_url eller --base-url.",
            "write only the scheme and host, e.g. `https://example.github.io`; a path such as /lagesbild/ goes in base_url or --base-url");
        if (HasControlOrSpace(value))
        {
            return new(new($"`{name}` innehåller mellanslag, radbrytningar eller andra osynliga tecken.", $"`{name}` contains spaces, line breaks or other invisible characters"), hint);
        }

        if (!value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return new(new($"`{name}` måste börja med https:// (eller http://), men är `{Shown(value)}`.", $"`{name}` must start with https:// (or http://), but is `{Shown(value)}`"), hint);
        }

        var authority = value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = authority.IndexOfAny(['/', '?', '#']);
        var rest = end < 0 ? "" : authority[end..];
        authority = end < 0 ? authority : authority[..end];
        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return new(new($"`{name}` innehåller ett användarnamn eller lösenord (före @). Det får inte stå i en publik adress.", $"`{name}` contains a user name or password (before @), which must not be in a public address"), hint);
        }

        if (rest.Contains('?', StringComparison.Ordinal) || rest.Contains('#', StringComparison.Ordinal))
        {
            return new(new($"`{name}` får inte innehålla ? eller #.", $"`{name}` must not contain ? or #"), hint);
        }

        if (rest.Length > 1)
        {
            return new(new($"`{name}` får inte innehålla en sökväg (`{Shown(rest)}`).", $"`{name}` must not contain a path (`{Shown(rest)}`)"), hint);
        }

        var host = HostAndPort().Match(authority);
        if (!host.Success || (host.Groups["port"].Success && int.Parse(host.Groups["port"].Value, CultureInfo.InvariantCulture) > 65535))
        {
            return new(new($"`{name}` har inget giltigt värdnamn (eller port): `{Shown(authority)}`.", $"`{name}` has no valid host name (or port): `{Shown(authority)}`"), hint);
        }

        return null;
    }

    /// <summary>The path the site is served under: <c>/</c> or <c>/lagesbild/</c>, with plain segments only.</summary>
    public static Problem? CheckBaseUrl(string name, string value)
    {
        var hint = new Phrase(
            "Skriv en sökväg som börjar och slutar med /, till exempel `/` eller `/lagesbild/`, med bara a–z, siffror, bindestreck, punkt och understreck.",
            "write a path that starts and ends with /, e.g. `/` or `/lagesbild/`, using only a–z, digits, hyphens, dots and underscores");
        Phrase? message = null;
        if (HasControlOrSpace(value))
        {
            message = new($"`{name}` innehåller mellanslag, radbrytningar eller andra osynliga tecken.", $"`{name}` contains spaces, line breaks or other invisible characters");
        }
        else if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
        {
            message = new($"`{name}` ska vara en sökväg på den egna webbplatsen, inte en adress till en annan: `{Shown(value)}`.", $"`{name}` must be a path on the site itself, not an address of another: `{Shown(value)}`");
        }
        else if (!value.StartsWith('/') || !value.EndsWith('/'))
        {
            message = new($"`{name}` måste börja och sluta med /, men är `{Shown(value)}`.", $"`{name}` must start and end with /, but is `{Shown(value)}`");
        }
        else if (value.Contains("//", StringComparison.Ordinal))
        {
            message = new($"`{name}` innehåller // (ett tomt steg i sökvägen).", $"`{name}` contains // (an empty path segment)");
        }
        else if (value.Split('/').Any(segment => segment is "." or ".."))
        {
            message = new($"`{name}` innehåller . eller .. som steg i sökvägen.", $"`{name}` contains . or .. as a path segment");
        }
        else if (!BasePath().IsMatch(value))
        {
            message = new($"`{name}` innehåller tecken som inte får stå i sökvägen (till exempel ?, #, \\, : eller å, ä, ö): `{Shown(value)}`.",
                $"`{name}` contains characters a path may not have here (such as ?, #, \\, : or å, ä, ö): `{Shown(value)}`");
        }

        return message is null ? null : new(message, hint);
    }

    /// <summary>A BCP 47 language tag for <c>&lt;html lang&gt;</c>: <c>sv</c>, <c>sv-SE</c>, <c>en</c>.</summary>
    public static Problem? CheckLanguage(string name, string value) =>
        LanguageTag().IsMatch(value)
            ? null
            : new(
                new($"`{name}` är inte en språkkod: `{Shown(value)}`.", $"`{name}` is not a language tag: `{Shown(value)}`"),
                new("Skriv en språkkod, till exempel `sv` för svenska eller `sv-SE`.", "write a BCP 47 language tag, e.g. `sv` for Swedish or `sv-SE`"));

    /// <summary>A value as it can be quoted in a one-line message: control characters visible, at most 80 characters.</summary>
    public static string Shown(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value.Length > 80 ? value[..80] : value)
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return value.Length > 80 ? text.Append('…').ToString() : text.ToString();
    }

    private static bool HasControlOrSpace(string value) => value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(?<port>[0-9]{1,5}))?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostAndPort();

    [GeneratedRegex(@"^/(?:[A-Za-z0-9._~-]+/)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex BasePath();

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
