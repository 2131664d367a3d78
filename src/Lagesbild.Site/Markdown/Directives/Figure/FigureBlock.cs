using Markdig.Parsers;

namespace Lagesbild.Site.Markdown.Directives.Figure;

/// <summary>A <c>::: figure</c> … <c>:::</c> block: an image (or only the title and legend of one) and its caption.</summary>
public sealed class FigureBlock(BlockParser parser, Directive directive) : DirectiveContainerBlock(parser, directive);
