using Markdig.Parsers;

namespace Lagesbild.Site.Markdown.Directives.Internal;

/// <summary>
/// A <c>::: internal</c> … <c>:::</c> block: content only staff builds may carry. It is marked by
/// its type when parsed; a public build drops it before anything else reads the document
/// (<see cref="InternalContentDropper.Drop"/>).
/// </summary>
public sealed class InternalBlock(BlockParser parser, Directive directive) : DirectiveContainerBlock(parser, directive);
