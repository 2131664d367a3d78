using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>
/// Where readers reach a person: an e-mail address or a web form's https address. It becomes a
/// link on every page, so it is checked by allow-list rather than escaped.
/// </summary>
/// <param name="Text">What the page shows: the address as written.</param>
/// <param name="Href">The link: <c>mailto:…</c> for an e-mail address, else the https address.</param>
public sealed partial record ContactAddress(string Text, string Href)
{
    public bool IsEmail => Href.StartsWith("mailto:", StringComparison.Ordinal);

    /// <summary>The address, or the problem with it (<paramref name="key"/> names the setting in the message).</summary>
    public static ContactAddress? Parse(string key, string value, out SiteSettingRules.Problem? problem)
    {
        problem = null;
        if (Email().IsMatch(value))
        {
            return new ContactAddress(value, "mailto:" + value);
        }

        if (FormUrl().IsMatch(value))
        {
            return new ContactAddress(value, value);
        }

        problem = new(
            new($"`{key}` är varken en e-postadress eller en webbadress som börjar med https://: `{SiteSettingRules.Shown(value)}`.",
                $"`{key}` is neither an e-mail address nor a web address starting with https://: `{SiteSettingRules.Shown(value)}`"),
            new("Skriv en e-postadress, till exempel `lagesbild@stockholm.se`, eller adressen till ett webbformulär, till exempel `https://start.stockholm/kontakt`.",
                "write an e-mail address, e.g. `lagesbild@stockholm.se`, or a web form's address, e.g. `https://start.stockholm/kontakt`"));
        return null;
    }

    // Plain addresses only: no quoted local parts, comments or IP literals, nothing a mail link could be tricked with.
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // https only, a host name, then an optional path and query of URL-safe characters.
    [GeneratedRegex(@"^https://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?:/[A-Za-z0-9._~%/+-]*)?(?:\?[A-Za-z0-9._~%=&+-]*)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FormUrl();
}
