using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Markdig.Syntax;

namespace Lagesbild.Site.Model;

/// <summary>
/// One chapter: a Markdown file <c>NN-slug.md</c>. The parsed Markdig document is kept so the
/// Markdown is parsed exactly once; nothing mutates it after loading.
/// </summary>
public sealed record Chapter(
    int Order,
    string Slug,
    string Title,
    string? Description,
    SourceLocation Location,
    MarkdownDocument Document,
    ImmutableArray<Heading> Headings,
    bool IsInternal = false);
