using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model.Thesaurus;

/// <summary>Words and phrases that mean the same in the report: a query for one also finds the others.</summary>
public sealed record SynonymGroup(ImmutableArray<SynonymEntry> Entries, SourceLocation Location);
