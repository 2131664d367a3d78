using System.Net;
using System.Text;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Serve;

/// <summary>
/// The findings of a failed build as HTML: a panel laid over the last good page, or over a blank
/// page when no build has succeeded yet. Styled by <c>layouts/serve/overlay.css</c>; it has no script.
/// </summary>
public static class ErrorOverlay
{
    public const string StylesheetPath = "/__serve/overlay.css";

    public static string Panel(IReadOnlyCollection<Diagnostic> diagnostics, bool hasLastGoodPage, Language language = Language.Swedish)
    {
        var english = language == Language.English;
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append($"<section class=\"serve-errors\" role=\"alert\" aria-labelledby=\"serve-errors-title\" lang=\"{(english ? "en" : "sv")}\">\n");
        html.Append(english
            ? $"<h2 id=\"serve-errors-title\">The build failed: {errors} error(s)</h2>\n"
            : $"<h2 id=\"serve-errors-title\">Bygget misslyckades: {errors} fel</h2>\n");
        html.Append((hasLastGoodPage, english) switch
        {
            (true, true) => "<p>Below is the page from the last build that worked. Fix the problems and save: this tab reloads by itself.</p>\n",
            (false, true) => "<p>No build has worked yet. Fix the problems and save: this tab reloads by itself.</p>\n",
            (true, false) => "<p>Under rutan syns sidan från det senaste bygget som fungerade. Rätta felen och spara, så laddas fliken om av sig själv.</p>\n",
            (false, false) => "<p>Inget bygge har fungerat än. Rätta felen och spara, så laddas fliken om av sig själv.</p>\n",
        });
        html.Append("<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
            var label = english ? severity : diagnostic.Severity == Severity.Error ? "fel" : "varning";
            html.Append($"<li class=\"serve-{severity}\"><code>{Encode(diagnostic.Location.ToString())}</code> {label}: {Encode(diagnostic.Message.In(language))}");
            if (diagnostic.Hint is not null)
            {
                html.Append($"\n<span class=\"serve-hint\">{Encode(diagnostic.Hint.In(language))}</span>");
            }

            html.Append($" <span class=\"serve-code\">[{Encode(diagnostic.Code)}]</span></li>\n");
        }

        html.Append("</ol>\n</section>\n");
        return html.ToString();
    }

    /// <summary>The page the panel is laid over when no build has worked yet.</summary>
    public const string BlankPage = "<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>Bygget misslyckades</title>\n</head>\n<body>\n</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
