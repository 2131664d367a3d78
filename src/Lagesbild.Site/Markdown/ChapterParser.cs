using System.Collections.Immutable;
using Lagesbild.Site.Markdown.Directives.Internal;
using Lagesbild.Site.Markdown.Headings;
using Markdig;
using Markdig.Syntax;

namespace Lagesbild.Site.Markdown;

/// <summary>
/// Parses a chapter once, into the document every later stage reads: <c>::: internal</c> blocks
/// are marked by the parser and, for a public build, dropped right here, before headings take
/// their ids, so nothing made from the document can carry them. Immutable and thread-safe, like
/// the pipeline it holds.
/// </summary>
public sealed class ChapterParser(bool keepInternal)
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.CreateParser();

    public ParsedChapter Parse(string text)
    {
        var document = Markdig.Markdown.Parse(text, _pipeline);
        var dropped = keepInternal ? [] : InternalContentDropper.Drop(document);
        SectionIds.Assign(document);
        return new ParsedChapter(document, dropped);
    }
}
