using System.Collections.Immutable;
using System.Text;
using Lagesbild.Site.Markdown.Headings;
using Lagesbild.Site.Markdown.Directives.Table;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Lagesbild.Site.Search;

/// <summary>
/// Cuts an edition into search documents: one per heading of each chapter (its text up to the next
/// heading), one for a chapter's text before its first heading, and one per placed data table. The text
/// comes from the same parsed Markdown and tables the pages are rendered from, so a hit is a
/// place on the page, with the anchor the page has.
/// </summary>
public static class SearchDocumentCollector
{
    public static ImmutableArray<SearchDocument> Collect(EditionPlan edition)
    {
        var documents = ImmutableArray.CreateBuilder<SearchDocument>();
        foreach (var chapter in edition.Chapters)
        {
            new ChapterWalk(chapter, documents).Run();
        }

        return documents.ToImmutable();
    }

    /// <summary>One pass over a chapter's blocks in reading order, closing a section at each heading.</summary>
    private sealed class ChapterWalk
    {
        private readonly ChapterPlan _plan;
        private readonly Chapter _chapter;
        private readonly string _chapterUrl;
        private readonly ImmutableArray<SearchDocument>.Builder _documents;
        private readonly StringBuilder _body = new();
        private readonly List<string> _captions = [];
        private readonly List<Footnote> _footnotes = [];
        private readonly List<(int Level, string Title)> _headings = [];
        private readonly HashSet<string> _placedTables;
        private string _title;
        private string _url;
        private bool _isHeading;

        public ChapterWalk(ChapterPlan chapter, ImmutableArray<SearchDocument>.Builder documents)
        {
            _plan = chapter;
            _chapter = chapter.Chapter;
            _chapterUrl = chapter.Url;
            _documents = documents;
            _title = chapter.Title;
            _url = chapter.Url;
            _placedTables = [.. chapter.Directives.Where(d => !d.IsChart).Select(d => d.TableId)];
        }

        public void Run()
        {
            Walk(_chapter.Document);
            Close();
        }

        private void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case FootnoteGroup or YamlFrontMatterBlock:
                        // Footnotes join the section that cites them; front matter is not text.
                        break;
                    case HeadingBlock heading:
                        Close();
                        _title = HeadingText.Of(heading);
                        _headings.RemoveAll(h => h.Level >= heading.Level);
                        _headings.Add((heading.Level, _title));
                        _url = _chapterUrl + "#" + _plan.HeadingId(heading);
                        _isHeading = true;
                        break;
                    case DataTableBlock placed when _plan.Directive(placed) is { Table: { } table } directive:
                        AddTable(directive, table);
                        break;
                    case ContainerBlock nested:
                        Walk(nested);
                        break;
                    case LeafBlock leaf:
                        MarkdownText.Separate(_body);
                        MarkdownText.AppendLeaf(_body, leaf, _footnotes);
                        break;
                }
            }
        }

        /// <summary>
        /// A placed table is a document of its own. A chart draws a table's figures, so it is one
        /// only when the chapter does not also place the table itself.
        /// </summary>
        private void AddTable(PlannedDirective directive, DataTable table)
        {
            var isChart = directive.IsChart;
            if (isChart && _placedTables.Contains(table.Id))
            {
                return;
            }

            _captions.Add(table.Caption);
            _documents.Add(new SearchDocument(
                _chapterUrl + "#" + directive.Anchor,
                table.Caption,
                _chapter.Title,
                isChart ? SearchDocument.ChartKind : SearchDocument.TableKind,
                TableText.SourceAndNotes(table),
                TableText.Cells(table),
                Context(_headings.Count)));
        }

        /// <summary>The titles of the first <paramref name="count"/> open headings, outermost first.</summary>
        private string Context(int count) => string.Join(" › ", _headings.Take(count).Select(h => h.Title));

        /// <summary>Emits the open section; text before the first heading only when there is any.</summary>
        private void Close()
        {
            foreach (var footnote in _footnotes)
            {
                MarkdownText.Separate(_body);
                _body.Append(MarkdownText.Of(footnote));
            }

            var body = _body.ToString().Trim();
            if (_isHeading || body.Length > 0 || _captions.Count > 0 || _chapter.Headings.IsEmpty)
            {
                var context = Context(_isHeading ? _headings.Count - 1 : 0);
                _documents.Add(new SearchDocument(_url, _title, _chapter.Title, SearchDocument.SectionKind, body, string.Join('\n', _captions), context));
            }

            _body.Clear();
            _captions.Clear();
            _footnotes.Clear();
        }
    }
}
