using System.Text;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Directives.Internal;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Markdown.Rendering;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lagesbild.Site.Content;

/// <summary>
/// Checks what Markdig resolves across a whole chapter and would otherwise drop or keep
/// silently: footnotes without a definition or defined twice, public text that uses a link or
/// footnote defined inside an internal block, and two elements with the same id on the page.
/// </summary>
public static partial class ChapterReferenceChecks
{
    public static void Check(ParsedChapter chapter, Func<int, SourceLocation> atOffset, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var document = chapter.Document;
        var internalBlocks = chapter.InternalBlocks;
        var trees = chapter.Trees;
        CheckInternalReferences(document, internalBlocks, atOffset, diagnostics);
        CheckFootnoteDefinitions(document, at, diagnostics);
        foreach (var leaf in trees.SelectMany(t => t.Descendants<LeafBlock>()).Where(l => l.Inline is not null))
        {
            CheckMissingFootnotes(leaf.Inline!, atOffset, diagnostics);
        }

        CheckDuplicateIds(document, atOffset, diagnostics);
    }

    private static void CheckInternalReferences(MarkdownDocument document, IReadOnlyList<InternalBlock> internalBlocks, Func<int, SourceLocation> atOffset, DiagnosticBag diagnostics)
    {
        if (internalBlocks.Count == 0)
        {
            return;
        }

        var hint = new Phrase(
            "Flytta definitionen utanför `::: internal`, eller skriv länken eller fotnoten inne i det interna blocket.",
            "move the definition out of `::: internal`, or write the link or footnote inside the internal block");
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.Reference is not null && !InternalContent.Covers(internalBlocks, l.Line)))
        {
            if (InternalContent.Covers(internalBlocks, link.Reference!.Line))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.InternalReference, atOffset(link.Span.Start),
                    new($"Länken `[{link.Reference.Label}]` är definierad i ett internt block, men används i öppen text.",
                        $"the link `[{link.Reference.Label}]` is defined inside an internal block but used in public text"),
                    hint);
            }
        }

        foreach (var link in document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink && !InternalContent.Covers(internalBlocks, l.Line)))
        {
            if (InternalContent.Covers(internalBlocks, link.Footnote.Line))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.InternalReference, atOffset(link.Span.Start),
                    new($"Fotnoten `[{link.Footnote.Label}]` är skriven i ett internt block, men används i öppen text.",
                        $"the footnote `[{link.Footnote.Label}]` is written inside an internal block but used in public text"),
                    hint);
            }
        }
    }

    /// <summary>Markdig keeps the first of two footnotes with the same label and drops the second without a word.</summary>
    private static void CheckFootnoteDefinitions(MarkdownDocument document, Func<int, int, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var definitions = document.Descendants<LinkReferenceDefinitionGroup>()
            .SelectMany(g => g.OfType<FootnoteLinkReferenceDefinition>())
            .GroupBy(d => d.Label, StringComparer.OrdinalIgnoreCase);
        foreach (var group in definitions.Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(d => d.Line).First();
            foreach (var duplicate in group.OrderBy(d => d.Line).Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.DuplicateFootnote, at(duplicate.Line, duplicate.Column),
                    new($"Fotnoten `[{duplicate.Label}]` finns redan på rad {first.Line + 1}. Den här texten skulle inte synas.",
                        $"the footnote `[{duplicate.Label}]` is already defined on line {first.Line + 1}; this text would not be shown"),
                    new("Ge fotnoten ett eget namn, till exempel `[^2]`, och använd det namnet i texten, eller ta bort den ena.",
                        "give the footnote its own name, e.g. `[^2]`, and use that name in the text, or remove one of them"));
            }
        }
    }

    /// <summary>
    /// A reference to a footnote that does not exist stays as the text <c>[^namn]</c>, split over
    /// several literals by the link parser; the literals of one run are joined to find it.
    /// </summary>
    private static void CheckMissingFootnotes(ContainerInline container, Func<int, SourceLocation> atOffset, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        var starts = new List<(int Index, LiteralInline Literal)>();
        void Flush()
        {
            var all = text.ToString();
            foreach (Match match in FootnoteReference().Matches(all))
            {
                var (index, literal) = starts.Last(s => s.Index <= match.Index);
                if (match.Index == 0 && all.Length > match.Length && all[match.Length] == ':' && container.ParentBlock is ParagraphBlock)
                {
                    diagnostics.Error(DiagnosticCodes.Chapter.MissingFootnote, atOffset(literal.Span.Start + match.Index - index),
                        new($"Fotnoten `{match.Value}` står inne i ett block (till exempel `::: internal`, en lista eller ett citat) och blir därför vanlig text.",
                            $"the footnote `{match.Value}` is written inside a block (such as `::: internal`, a list or a quote), so it becomes plain text"),
                        new("Skriv fotnoter sist i kapitlet, utanför alla block, på en rad som börjar med `[^namn]:`.",
                            "write footnotes at the end of the chapter, outside every block, on a line starting with `[^name]:`"));
                    continue;
                }

                diagnostics.Error(DiagnosticCodes.Chapter.MissingFootnote, atOffset(literal.Span.Start + match.Index - index),
                    new($"Det finns ingen fotnot `{match.Value}`, så markeringen visas som text.", $"there is no footnote `{match.Value}`, so the marker shows as text"),
                    new($"Skriv fotnoten sist i kapitlet på en egen rad: `{match.Value}: Fotnotens text.`, eller ta bort markeringen.",
                        $"write the footnote at the end of the chapter on a line of its own: `{match.Value}: The footnote's text.`, or remove the marker"));
            }

            text.Clear();
            starts.Clear();
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    starts.Add((text.Length, literal));
                    text.Append(literal.Content.ToString());
                    break;
                case ContainerInline nested:
                    Flush();
                    CheckMissingFootnotes(nested, atOffset, diagnostics);
                    break;
                default:
                    Flush();
                    break;
            }
        }

        Flush();
    }

    private static void CheckDuplicateIds(MarkdownDocument document, Func<int, SourceLocation> atOffset, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, MarkdownObject>(StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in PageIds.All(document))
        {
            var placedBefore = node is DataTableBlock && !placed.Add(id);
            if (first.TryAdd(id, node))
            {
                continue;
            }

            var earlier = first[id];
            diagnostics.Error(DiagnosticCodes.Chapter.DuplicateId, atOffset(node.Span.Start),
                new($"Sidan har redan ett element med id `{id}` (rad {atOffset(earlier.Span.Start).Line}), så länkar till `#{id}` kan hamna fel.",
                    $"the page already has an element with the id `{id}` (line {atOffset(earlier.Span.Start).Line}), so links to `#{id}` may go to the wrong place"),
                node is DataTableBlock directive && placedBefore
                    ? new($"Placera `::: {directive.Directive.Keyword} {directive.TableId}` bara en gång i kapitlet och länka dit med `#{id}`.",
                        $"place `::: {directive.Directive.Keyword} {directive.TableId}` only once in the chapter and link to it with `#{id}`")
                    : new("Byt namn på rubriken, så att den inte heter som en tabell eller ett diagram på sidan.",
                        "rename the heading so it does not take the name of a table or chart on the page"));
        }
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex FootnoteReference();
}
