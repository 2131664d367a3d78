using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model.Thesaurus;

/// <summary>A word or phrase of a synonym group, as the editor wrote it, and where.</summary>
public sealed record SynonymEntry(string Text, SourceLocation Location)
{
    /// <summary>How entries are compared for duplicates: lower case, single spaces.</summary>
    public string Key => string.Join(' ', Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
