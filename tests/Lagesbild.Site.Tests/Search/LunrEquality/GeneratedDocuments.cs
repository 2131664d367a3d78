using Lagesbild.Site.Search;

namespace Lagesbild.Site.Tests.Search.LunrEquality;

/// <summary>
/// Search documents made from a seed: random sequences of the report's words, odd Unicode,
/// numbers in every form staff write them, empty fields and very long ones. The same seed always
/// gives the same documents, so a failure names the seed to replay.
/// </summary>
public static class GeneratedDocuments
{
    /// <summary>Text the tokenizer and normaliser must treat as lunr.js does: decomposed letters, casing specials, other scripts, astral letters, controls.</summary>
    public static readonly string[] OddTexts =
    [
        "A\u0308lvsjo\u0308", "e\u0301tude", "İstanbul", "ΟΔΟΣ ΣΑΣ Σ", "ΌΣΟΣ.", "ﬁnns ﬀ", "straße ẞ", "ǅemal ǈ", "Ⅻ Ⅷ ½ ¾", "٣٤ ۵",
        "𝐀𝐁𝐂 𝒜", "😀 polis😀", "東京 ソウル 서울", "ПОЛИЦИЯ Москва", "K Å Ω", "ø æ Ø Æ œ", "a\u200db a\u00adb", "tab\there",
        "quote\"back\\slash", "ctl\u0001\u001f end", "line\u2028sep\u2029", "I\u0307 i\u0307", "ḁ ɐ ʰ ˆ", "\u0301alone", "x\u20dd",
        "Ǳ ǲ ǳ", "Ⓐ ⓑ", "ǈubljana", "ÅÄÖ åäö", "Brottsförebyggande", "ﬃ", "\ud801\udc00\ud801\udc28", "ᾈ ῼ", "Σ\u0301Α",
    ];

    /// <summary>Numbers as staff write them: grouped with a space, no-break or thin space, decimal commas and points, percentages, runs.</summary>
    public static readonly string[] NumberTexts =
    [
        "1 047", "1\u00a0047", "1\u202f047", "12,5", "12.5", "12,5 %", "12,5%", "1 234 567,89", "1 2345", "12 345 6789", "1.2.3",
        "3,", ",5", "0,0", "2024", "007", "1 000.5", "123 456.789.1", "-5", "1e5", "1234 567", "12 345 678 9", "1 000 000",
        "99\u00a0999\u202f999.5", "2023–2024", "2024-01-01", "3:e", "10:00", "1 0001", "100 000,", "5,5,5", "1,000.00", "x1 000",
    ];

    public static IReadOnlyList<SearchDocument> Make(int seed, IReadOnlyList<string> vocabulary, int count)
    {
        var random = new Random(seed);
        string Words(int max)
        {
            var n = random.Next(max + 1);
            var words = new string[n];
            for (var i = 0; i < n; i++)
            {
                var pick = random.Next(100);
                words[i] = pick < 8 ? OddTexts[random.Next(OddTexts.Length)]
                    : pick < 16 ? NumberTexts[random.Next(NumberTexts.Length)]
                    : vocabulary[random.Next(vocabulary.Count)];
                if (random.Next(10) == 0)
                {
                    words[i] = words[i].ToUpperInvariant();
                }
            }

            string[] gaps = [" ", " ", " ", "\n", ". ", ", ", " · ", " – ", "\u00a0", ""];
            return string.Concat(words.Select((w, i) => i == 0 ? w : gaps[random.Next(gaps.Length)] + w));
        }

        string[] kinds = [SearchDocument.SectionKind, SearchDocument.TableKind, SearchDocument.ChartKind];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var longField = random.Next(12) == 0;
            return new SearchDocument($"/2024/k{i % 7}/#d{i}", Words(8), Words(4), kinds[random.Next(3)],
                longField ? Words(30_000) : Words(300), random.Next(3) == 0 ? "" : Words(120), random.Next(2) == 0 ? "" : Words(6));
        })];
    }

    public static IReadOnlyList<IReadOnlyList<string>> Synonyms(int seed, IReadOnlyList<string> vocabulary)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, random.Next(4)).Select(_ => (IReadOnlyList<string>)[.. Enumerable.Range(0, 2 + random.Next(3)).Select(_ => vocabulary[random.Next(vocabulary.Count)])])];
    }
}
