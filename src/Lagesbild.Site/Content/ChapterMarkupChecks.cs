using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Directives;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Content;

/// <summary>
/// Checks what an editor typed that the page would show wrongly or not at all: images without alt
/// text, and raw HTML, which is turned off and so would appear as text.
/// </summary>
public static partial class ChapterMarkupChecks
{
    private static readonly Phrase MarkdownInstead = new(
        "HTML fungerar inte i kapitlen. Skriv det i Markdown i stället: `**fet**`, `[länk](url)`, listor eller `::: figure`.",
        "raw HTML is turned off; write it in Markdown instead (`**fet**`, `[länk](url)`, lists, `::: figure`)");

    // Built once: pipelines are immutable and thread-safe, and chapters are read in parallel.
    private static readonly MarkdownPipeline RawHtmlFinder = MarkdownPipelineFactory.CreateRawHtmlFinder();

    private static readonly HashSet<string> UnsafeElements = new(StringComparer.OrdinalIgnoreCase) { "script", "iframe", "object", "embed" };

    public static void Check(string text, ParsedChapter chapter, string displayPath, DiagnosticBag diagnostics)
    {
        var document = chapter.Document;
        var lines = new SourceLines(text);
        SourceLocation At(int offset)
        {
            var (line, column) = lines.At(offset);
            return new SourceLocation(displayPath, line, column);
        }

        SourceLocation AtLine(int line, int column) => new(displayPath, line + 1, column + 1);
        DirectiveChecks.Check(text, chapter.Trees, AtLine, diagnostics);
        ChapterReferenceChecks.Check(chapter, At, AtLine, diagnostics);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            if (string.IsNullOrWhiteSpace(AltText(image)))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.MissingAltText, At(image.Span.Start), new("Bilden saknar alt-text.", "the image has no alt text"),
                    new("Beskriv vad bilden visar mellan hakparenteserna, till exempel `![Karta över stadsdelsområdet](karta.png)`.",
                        "describe what the image shows between the brackets, e.g. `![Karta över stadsdelsområdet](karta.png)`"));
            }
        }

        if (text.Contains('<'))
        {
            CheckRawHtml(text, At, diagnostics);
        }
    }

    private static void CheckRawHtml(string text, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var withHtml = Markdig.Markdown.Parse(text, RawHtmlFinder);
        var spans = withHtml.Descendants<HtmlBlock>().Select(b => b.Span)
            .Concat(withHtml.Descendants<HtmlInline>().Select(i => i.Span));
        foreach (var span in spans)
        {
            var html = text.Substring(span.Start, span.Length);
            foreach (Match comment in Comment().Matches(html))
            {
                diagnostics.Warning(DiagnosticCodes.Chapter.RawHtml, at(span.Start + comment.Index), new("HTML-kommentaren visas som text på sidan.", "the HTML comment is shown as text on the page"),
                    new("Ta bort den. Skriv anteckningar till andra redaktörer i pull requesten i stället.", "remove it; keep notes for other editors in the pull request instead"));
            }

            foreach (Match tag in Tag().Matches(Comment().Replace(html, m => new string(' ', m.Length))))
            {
                CheckTag(tag, span.Start, at, diagnostics);
            }
        }
    }

    private static void CheckTag(Match tag, int offset, Func<int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var name = tag.Groups["name"].Value;
        var start = offset + tag.Index;
        if (tag.Groups["close"].Success)
        {
            return;
        }

        var unsafeFound = false;
        if (UnsafeElements.Contains(name))
        {
            unsafeFound = true;
            diagnostics.Error(DiagnosticCodes.Chapter.UnsafeHtml, at(start), new($"`<{name.ToLowerInvariant()}>` är inte tillåtet i ett kapitel.", $"`<{name.ToLowerInvariant()}>` is not allowed in a chapter"),
                new("Ta bort det. Sajten kör inga skript eller inbäddat innehåll från kapitlen.", "remove it: the site runs no scripts or embedded content from chapters"));
        }

        var attributes = tag.Groups["attributes"];
        foreach (Match handler in EventHandler().Matches(attributes.Value))
        {
            unsafeFound = true;
            diagnostics.Error(DiagnosticCodes.Chapter.UnsafeHtml, at(offset + attributes.Index + handler.Groups["name"].Index),
                new($"Attributet `{handler.Groups["name"].Value}` är inte tillåtet.", $"the event handler attribute `{handler.Groups["name"].Value}` is not allowed"),
                new("Ta bort det. Kapitlen kan inte köra skript.", "remove it: chapters cannot run scripts"));
        }

        foreach (Match url in ScriptUrl().Matches(attributes.Value))
        {
            unsafeFound = true;
            diagnostics.Error(DiagnosticCodes.Chapter.UnsafeHtml, at(offset + attributes.Index + url.Index), new("Adresser som börjar med `javascript:` är inte tillåtna.", "`javascript:` URLs are not allowed"),
                new("Länka till en webbsida (https://…) eller till ett annat kapitels .md-fil.", "link to a web page (https://…) or to another chapter's .md file"));
        }

        if (!unsafeFound)
        {
            diagnostics.Warning(DiagnosticCodes.Chapter.RawHtml, at(start), new($"HTML-koden `<{name}>` visas som text på sidan.", $"raw HTML `<{name}>` is shown as text on the page"), MarkdownInstead);
        }
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
        + string.Concat(image.Descendants<CodeInline>().Select(c => c.Content));

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("""<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<![\w-])(?<name>on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
