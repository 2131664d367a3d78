namespace Lagesbild.Search.Lunr;

/// <summary>
/// The index terms of a normalised word, as search-core.js's <c>terms</c> gives them: none for one
/// of lunr-languages' Swedish stop words, else its stem (a word with a digit is its own stem: the
/// Swedish trimmer would cut "1047" away), and the stem folded when that differs ("alvsjo"). Each
/// distinct word is worked out once per instance; an instance is used by one thread at a time.
/// </summary>
public sealed class SwedishTerms
{
    private static readonly HashSet<string> StopWords = [.. (
        "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över"
    ).Split(' ')];

    private readonly Dictionary<string, string[]> _known = new(StringComparer.Ordinal);

    /// <summary>Whether lunr-languages' Swedish stop word filter drops the word.</summary>
    public static bool IsStopWord(string norm) => StopWords.Contains(norm);

    /// <summary>The terms of one normalised word (<see cref="SwedishText.NormalizeWord"/>).</summary>
    public string[] Of(string norm)
    {
        if (!_known.TryGetValue(norm, out var terms))
        {
            terms = [];
            if (!IsStopWord(norm))
            {
                var stem = SwedishText.HasDigit(norm) ? norm : SwedishStemmer.Stem(norm);
                var folded = SwedishText.Fold(stem);
                terms = folded == stem ? [stem] : [stem, folded];
            }

            _known[norm] = terms;
        }

        return terms;
    }
}
