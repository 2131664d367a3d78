using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>
/// The mark <c>new-edition</c> writes at the top of each table it copies (<c>copied_from: 2024</c>):
/// the figures are last year's until the editor updates them and removes the line, or states with
/// <c>unchanged: true</c> that they are meant to stay.
/// </summary>
public sealed record TableCopy(int FromYear, bool Unchanged, SourceLocation Location)
{
    /// <summary>True while the table still shows the copied figures without the editor's word that they hold.</summary>
    public bool AwaitsUpdate => !Unchanged;
}
