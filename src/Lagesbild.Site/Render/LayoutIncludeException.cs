using Lagesbild.Site.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Lagesbild.Site.Render;

/// <summary>An <c>include</c> the loader refuses, with its message in both languages for the diagnostic.</summary>
public sealed class LayoutIncludeException : ScriptRuntimeException
{
    public LayoutIncludeException(SourceSpan span, Phrase phrase)
        : base(span, phrase.English)
    {
        Phrase = phrase;
    }

    public Phrase Phrase { get; }
}
