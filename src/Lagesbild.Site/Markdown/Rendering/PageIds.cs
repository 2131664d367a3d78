using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Lagesbild.Site.Markdown.Directives.Table;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown.Rendering;

/// <summary>
/// The ids a chapter's Markdown puts on its page, with the node that writes each, in document
/// order: section headings, placed tables (<c>tabell-id</c>) and charts (<c>diagram-id</c>), and
/// Markdig's footnote ids (<c>fn:1</c> on a footnote, <c>fnref:1</c> on each reference to one).
/// </summary>
public static class PageIds
{
    public static string TableAnchor(string tableId) => "tabell-" + tableId;

    public static string ChartAnchor(string tableId) => "diagram-" + tableId;

    public static string DirectiveAnchor(DataTableBlock directive) => directive.Anchor;

    /// <summary>The id of footnote number <paramref name="order"/>: <c>fn:1</c>, as Markdig writes it.</summary>
    public static string FootnoteId(int order) => "fn:" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the <paramref name="index"/>th reference to a footnote: <c>fnref:1</c>.</summary>
    public static string FootnoteReferenceId(int index) => "fnref:" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Headings, tables and charts: the places in a chapter a reader may be sent to.</summary>
    public static IEnumerable<(string Id, MarkdownObject Node)> Sections(MarkdownDocument document)
    {
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } id:
                    yield return (id, heading);
                    break;
                case DataTableBlock directive:
                    yield return (directive.Anchor, directive);
                    break;
            }
        }
    }

    /// <summary>The footnotes' ids as Markdig's renderer writes them.</summary>
    public static IEnumerable<(string Id, MarkdownObject Node)> Footnotes(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink))
        {
            yield return (FootnoteReferenceId(link.Index), link);
        }

        foreach (var footnote in document.Descendants<Footnote>())
        {
            yield return (FootnoteId(footnote.Order), footnote);
        }
    }

    /// <summary>Every id the chapter's Markdown writes.</summary>
    public static IEnumerable<(string Id, MarkdownObject Node)> All(MarkdownDocument document) =>
        Sections(document).Concat(Footnotes(document));
}
