namespace Lagesbild.Search.Lunr;

/// <summary>
/// The Snowball Swedish stemmer exactly as lunr-languages 1.22.0 (lunr.sv.js on
/// lunr.stemmer.support.js) runs it, quirks included: its region mark never fails for words shorter
/// than three letters (p1 then lies beyond the word, so nothing is removed), and it works on UTF-16
/// code units. Written from the Snowball algorithm's tables; the tests compare it with lunr-languages
/// on every word of the report and of a Swedish dictionary.
/// </summary>
public static class SwedishStemmer
{
    private sealed record Among(string S, int SubstringI, int Result);

    private static readonly Among[] MainSuffixes =
    [
        new("a", -1, 1), new("arna", 0, 1), new("erna", 0, 1), new("heterna", 2, 1), new("orna", 0, 1),
        new("ad", -1, 1), new("e", -1, 1), new("ade", 6, 1), new("ande", 6, 1), new("arne", 6, 1),
        new("are", 6, 1), new("aste", 6, 1), new("en", -1, 1), new("anden", 12, 1), new("aren", 12, 1),
        new("heten", 12, 1), new("ern", -1, 1), new("ar", -1, 1), new("er", -1, 1), new("heter", 18, 1),
        new("or", -1, 1), new("s", -1, 2), new("as", 21, 1), new("arnas", 22, 1), new("ernas", 22, 1),
        new("ornas", 22, 1), new("es", 21, 1), new("ades", 26, 1), new("andes", 26, 1), new("ens", 21, 1),
        new("arens", 29, 1), new("hetens", 29, 1), new("erns", 21, 1), new("at", -1, 1), new("andet", -1, 1),
        new("het", -1, 1), new("ast", -1, 1),
    ];

    private static readonly Among[] ConsonantPairs =
    [
        new("dd", -1, -1), new("gd", -1, -1), new("nn", -1, -1), new("dt", -1, -1), new("gt", -1, -1),
        new("kt", -1, -1), new("tt", -1, -1),
    ];

    private static readonly Among[] OtherSuffixes =
    [
        new("ig", -1, 1), new("lig", 0, 1), new("els", -1, 1), new("fullt", -1, 3), new("l\u00F6st", -1, 2),
    ];

    private static readonly int[] Vowels = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32];
    private static readonly int[] SEnding = [119, 127, 149];

    /// <summary>The stem lunr.sv.stemmer gives the word.</summary>
    public static string Stem(string word)
    {
        var p = new Program(word);
        var cursorStart = p.Cursor;
        var p1 = MarkRegions(p);
        p.LimitBackward = cursorStart;
        p.Cursor = p.Limit;
        MainSuffix(p, p1);
        p.Cursor = p.Limit;
        ConsonantPair(p, p1);
        p.Cursor = p.Limit;
        OtherSuffix(p, p1);
        return p.Current;
    }

    private static int MarkRegions(Program p)
    {
        // lunr-languages tests `0 <= c || c <= limit`, which always holds: x may lie past the end.
        var x = p.Cursor + 3;
        var p1 = p.Limit;
        while (true)
        {
            var v1 = p.Cursor;
            if (p.InGrouping(Vowels, 97, 246))
            {
                p.Cursor = v1;
                break;
            }

            p.Cursor = v1;
            if (p.Cursor >= p.Limit)
            {
                return p1;
            }

            p.Cursor++;
        }

        while (!p.OutGrouping(Vowels, 97, 246))
        {
            if (p.Cursor >= p.Limit)
            {
                return p1;
            }

            p.Cursor++;
        }

        p1 = p.Cursor;
        return p1 < x ? x : p1;
    }

    private static void MainSuffix(Program p, int p1)
    {
        var v2 = p.LimitBackward;
        if (p.Cursor < p1)
        {
            return;
        }

        p.LimitBackward = p1;
        p.Cursor = p.Limit;
        p.Ket = p.Cursor;
        var among = p.FindAmongB(MainSuffixes);
        p.LimitBackward = v2;
        if (among != 0)
        {
            p.Bra = p.Cursor;
            if (among == 1)
            {
                p.SliceFrom("");
            }
            else if (among == 2 && p.InGroupingB(SEnding, 98, 121))
            {
                p.SliceFrom("");
            }
        }
    }

    private static void ConsonantPair(Program p, int p1)
    {
        var v1 = p.LimitBackward;
        if (p.Cursor < p1)
        {
            return;
        }

        p.LimitBackward = p1;
        p.Cursor = p.Limit;
        if (p.FindAmongB(ConsonantPairs) != 0)
        {
            p.Cursor = p.Limit;
            p.Ket = p.Cursor;
            if (p.Cursor > p.LimitBackward)
            {
                p.Bra = --p.Cursor;
                p.SliceFrom("");
            }
        }

        p.LimitBackward = v1;
    }

    private static void OtherSuffix(Program p, int p1)
    {
        if (p.Cursor < p1)
        {
            return;
        }

        var v2 = p.LimitBackward;
        p.LimitBackward = p1;
        p.Cursor = p.Limit;
        p.Ket = p.Cursor;
        var among = p.FindAmongB(OtherSuffixes);
        if (among != 0)
        {
            p.Bra = p.Cursor;
            switch (among)
            {
                case 1:
                    p.SliceFrom("");
                    break;
                case 2:
                    p.SliceFrom("l\u00F6s");
                    break;
                case 3:
                    p.SliceFrom("full");
                    break;
            }
        }

        p.LimitBackward = v2;
    }

    /// <summary>The state of lunr-languages' SnowballProgram for one word.</summary>
    private sealed class Program(string word)
    {
        public string Current = word;
        public int Cursor;
        public int Limit = word.Length;
        public int LimitBackward;
        public int Bra;
        public int Ket = word.Length;

        public bool InGrouping(int[] s, int min, int max)
        {
            if (Cursor < Limit)
            {
                int ch = Current[Cursor];
                if (ch <= max && ch >= min)
                {
                    ch -= min;
                    if ((s[ch >> 3] & (1 << (ch & 7))) != 0)
                    {
                        Cursor++;
                        return true;
                    }
                }
            }

            return false;
        }

        public bool InGroupingB(int[] s, int min, int max)
        {
            if (Cursor > LimitBackward)
            {
                int ch = Current[Cursor - 1];
                if (ch <= max && ch >= min)
                {
                    ch -= min;
                    if ((s[ch >> 3] & (1 << (ch & 7))) != 0)
                    {
                        Cursor--;
                        return true;
                    }
                }
            }

            return false;
        }

        public bool OutGrouping(int[] s, int min, int max)
        {
            if (Cursor < Limit)
            {
                int ch = Current[Cursor];
                if (ch > max || ch < min)
                {
                    Cursor++;
                    return true;
                }

                ch -= min;
                if ((s[ch >> 3] & (1 << (ch & 7))) == 0)
                {
                    Cursor++;
                    return true;
                }
            }

            return false;
        }

        public int FindAmongB(Among[] v)
        {
            int i = 0, j = v.Length, c = Cursor, lb = LimitBackward, commonI = 0, commonJ = 0;
            var firstKeyInspected = false;
            while (true)
            {
                var k = i + ((j - i) >> 1);
                var diff = 0;
                var common = commonI < commonJ ? commonI : commonJ;
                var w = v[k];
                for (var i2 = w.S.Length - 1 - common; i2 >= 0; i2--)
                {
                    if (c - common == lb)
                    {
                        diff = -1;
                        break;
                    }

                    diff = Current[c - 1 - common] - w.S[i2];
                    if (diff != 0)
                    {
                        break;
                    }

                    common++;
                }

                if (diff < 0)
                {
                    j = k;
                    commonJ = common;
                }
                else
                {
                    i = k;
                    commonI = common;
                }

                if (j - i <= 1)
                {
                    if (i > 0 || j == i || firstKeyInspected)
                    {
                        break;
                    }

                    firstKeyInspected = true;
                }
            }

            while (true)
            {
                var w = v[i];
                if (commonI >= w.S.Length)
                {
                    Cursor = c - w.S.Length;
                    return w.Result;
                }

                i = w.SubstringI;
                if (i < 0)
                {
                    return 0;
                }
            }
        }

        public void SliceFrom(string s)
        {
            if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > Current.Length)
            {
                throw new InvalidOperationException("faulty slice operation");
            }

            var adjustment = s.Length - (Ket - Bra);
            Current = string.Concat(Current.AsSpan(0, Bra), s, Current.AsSpan(Ket));
            Limit += adjustment;
            if (Cursor >= Ket)
            {
                Cursor += adjustment;
            }
            else if (Cursor > Bra)
            {
                Cursor = Bra;
            }
        }
    }
}
