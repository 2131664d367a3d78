namespace Lagesbild.Site.Markdown.Directives;

/// <summary>A word after a directive's keyword, and where in the line (0-based) it starts.</summary>
public sealed record DirectiveWord(string Text, int Offset);
