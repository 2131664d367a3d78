namespace Lagesbild.Site.Diagnostics;

/// <summary>
/// Picks the language of command output: <c>--lang en</c> wins, then <c>LAGESBILD_LANG=en</c>,
/// else Swedish, because the people who read findings day to day are the Swedish editors.
/// </summary>
public static class OutputLanguage
{
    public const string EnvironmentVariable = "LAGESBILD_LANG";

    public static Language Resolve(string? option, string? environment = null)
    {
        var value = option ?? environment ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        return Parse(value) ?? Language.Swedish;
    }

    /// <summary><c>sv</c>/<c>en</c> (any case, region allowed: <c>en-GB</c>); null for anything else.</summary>
    public static Language? Parse(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            var v when v == "en" || v.StartsWith("en-", StringComparison.Ordinal) || v.StartsWith("en_", StringComparison.Ordinal) => Language.English,
            var v when v == "sv" || v.StartsWith("sv-", StringComparison.Ordinal) || v.StartsWith("sv_", StringComparison.Ordinal) => Language.Swedish,
            _ => null,
        };
}
