using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Markdown.Directives;

/// <summary>Why a <c>:::</c> line is not a directive, and where in the line (0-based) the problem starts.</summary>
public sealed record DirectiveProblem(Phrase Message, Phrase Hint, int Offset = 0);
