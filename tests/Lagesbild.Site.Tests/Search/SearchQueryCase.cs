namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// A query as staff type it, the aspect of Swedish search it tries, and the sections of the real
/// 2024 report that answer it (paths under <c>/2024/</c>). For a phrase, the first hit must be
/// one of them and contain every word.
/// </summary>
public sealed record SearchQueryCase(string Aspect, string Query, string[] Expected, bool AllWordsFirst = false)
{
    public override string ToString() => $"{Aspect}: {Query}";
}
