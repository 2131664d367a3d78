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

    public static string Panel(IReadOnlyCollection<Diagnostic> diagnostics, bool hasLastGoodPage)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var html = new StringBuilder();
        html.Append("<section class=\"serve-errors\" role=\"alert\" aria-labelledby=\"serve-errors-title\">\n");
        html.Append($"<h2 id=\"serve-errors-title\">The build failed: {errors} error(s)</h2>\n");
        html.Append(hasLastGoodPage
            ? "<p>Below is the page from the last build that worked. Fix the problems and save: this tab reloads by itself.</p>\n"
            : "<p>No build has worked yet. Fix the problems and save: this tab reloads by itself.</p>\n");
        html.Append("<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            var severity = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append($"<li class=\"serve-{severity}\"><code>{Encode(diagnostic.Location.ToString())}</code> {severity}: {Encode(diagnostic.Message.In(Language.Swedish))}");
            if (diagnostic.Hint is not null)
            {
                html.Append($"\n<span class=\"serve-hint\">{Encode(diagnostic.Hint.In(Language.Swedish))}</span>");
            }

            html.Append($" <span class=\"serve-code\">[{Encode(diagnostic.Code)}]</span></li>\n");
        }

        html.Append("</ol>\n</section>\n");
        return html.ToString();
    }

    /// <summary>The page the panel is laid over when no build has worked yet.</summary>
    public const string BlankPage = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n</head>\n<body>\n</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
