using System.Text.RegularExpressions;

namespace Lagesbild.Site.Serve;

/// <summary>
/// Adds what only <c>serve</c> wants to a page as it is sent: the live-reload script (a file of its
/// own, since the pages' CSP allows no inline script) and, after a failed build, the error panel.
/// The built pages themselves stay exactly as <c>build</c> writes them.
/// </summary>
public static partial class PageDecorator
{
    public const string ScriptPath = "/__serve/livereload.js";
    public const string EventsPath = "/__serve/events";

    public static string Decorate(string html, ServedSite site)
    {
        var head = $"<script src=\"{ScriptPath}\" data-events=\"{EventsPath}\" data-version=\"{site.Version}\" defer></script>\n";
        if (site.IsBroken)
        {
            head += $"<link rel=\"stylesheet\" href=\"{ErrorOverlay.StylesheetPath}\">\n";
        }

        var headEnd = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = headEnd < 0 ? head + html : html.Insert(headEnd, head);
        if (!site.IsBroken)
        {
            return html;
        }

        var panel = ErrorOverlay.Panel(site.Diagnostics, hasLastGoodPage: !site.IsEmpty, site.Language);
        var body = BodyStart().Match(html);
        return body.Success ? html.Insert(body.Index + body.Length, "\n" + panel) : panel + html;
    }

    [GeneratedRegex("<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
