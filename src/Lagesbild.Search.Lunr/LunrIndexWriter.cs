using System.Text;

namespace Lagesbild.Search.Lunr;

/// <summary>
/// Writes an edition's index file and text file exactly as src/search-index/build-index.mjs does
/// with lunr 2.3.9: lunr.Builder's BM25 field vectors (k1 1.2, b 0.75, scores rounded to three
/// decimals) over the fields t (heading, boost 10), c (chapter, boost 2) and x (text), no term
/// positions, then index-format.js's compact form (front-coded sorted terms, field vectors as term
/// number differences and quarter steps of the score's base-2 logarithm) and the "did you mean"
/// surface words. Same input, same bytes as Node.js; the tests hold both to that.
/// </summary>
public sealed class LunrIndexWriter
{
    /// <summary>The index file's version (<c>v</c>); search-core.js's SCHEMA is the same number.</summary>
    public const int SchemaVersion = 3;

    /// <summary>
    /// Names what this writer produces, for the fingerprints of the files' names: change it with
    /// every change of the output (the equality tests with build-index.mjs and the golden snapshot
    /// show one), so a changed index never keeps an old name that browsers may have cached.
    /// </summary>
    public const string FormatVersion = "lunr 2.3.9, lunr-languages 1.22.0 sv, index-format 1, schema 3";

    /// <summary>The lunr version the browser loads the index with (lunr.version).</summary>
    public const string LunrVersion = "2.3.9";

    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int Steps = 4;
    private static readonly string[] FieldNames = ["t", "c", "x"];
    private static readonly double[] Boosts = [10, 2, 1];

    private readonly SwedishTerms _terms = new();
    private readonly List<(int Start, int End)> _words = [];
    private readonly Dictionary<string, string> _norms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _normsBySpan;

    public LunrIndexWriter()
    {
        _normsBySpan = _norms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The files of one edition. An instance keeps the terms of the words it has seen (stemming is
    /// most of the work), so one writer per thread serves many editions faster.
    /// </summary>
    public LunrIndexFiles Write(LunrIndexInput input)
    {
        var documents = input.Documents;
        var texts = documents.Select(StoredText).ToArray();
        var fields = new FieldTerms[documents.Count * FieldNames.Length];
        // The normalised words of each title and text, for the surface words after the index.
        var titleWords = new List<string>[documents.Count];
        var textWords = new List<string>[documents.Count];
        var postings = new Dictionary<string, int>(StringComparer.Ordinal);
        var lengthSums = new double[FieldNames.Length];
        for (var d = 0; d < documents.Count; d++)
        {
            string[] values = [documents[d].Title, documents[d].Chapter, texts[d]];
            for (var f = 0; f < FieldNames.Length; f++)
            {
                var norms = new List<string>();
                var field = Tokenize(values[f], norms);
                if (f == 0)
                {
                    titleWords[d] = norms;
                }
                else if (f == 2)
                {
                    textWords[d] = norms;
                }

                fields[(d * FieldNames.Length) + f] = field;
                lengthSums[f] += field.Length;
                foreach (var term in field.Frequencies.Keys)
                {
                    postings[term] = postings.GetValueOrDefault(term) + 1;
                }
            }
        }

        var sorted = postings.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var position = new Dictionary<string, int>(sorted.Length, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            position[sorted[i]] = i;
        }

        var json = new StringBuilder(1024 + (sorted.Length * 16));
        json.Append("{\"v\":").Append(SchemaVersion).Append(",\"docs\":[");
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            json.Append(d == 0 ? "{" : ",{").Append("\"u\":");
            JsJson.String(json, doc.Url);
            json.Append(",\"t\":");
            JsJson.String(json, doc.Title);
            json.Append(",\"c\":");
            JsJson.String(json, doc.Chapter);
            if (doc.Context.Length > 0)
            {
                json.Append(",\"p\":");
                JsJson.String(json, doc.Context);
            }

            json.Append(",\"k\":");
            JsJson.String(json, doc.Kind);
            json.Append('}');
        }

        json.Append("],\"syn\":[");
        for (var g = 0; g < input.Synonyms.Count; g++)
        {
            json.Append(g == 0 ? "[" : ",[");
            for (var w = 0; w < input.Synonyms[g].Count; w++)
            {
                if (w > 0)
                {
                    json.Append(',');
                }

                JsJson.String(json, input.Synonyms[g][w]);
            }

            json.Append(']');
        }

        json.Append("],\"index\":{\"lunr\":\"").Append(LunrVersion).Append("\",\"fields\":[\"t\",\"c\",\"x\"],\"terms\":");
        JsJson.String(json, PackTerms(sorted));
        json.Append(",\"vectors\":[");
        var idfs = new Dictionary<string, double>(StringComparer.Ordinal);
        var pairs = new List<(int Term, double Score)>();
        for (var k = 0; k < fields.Length; k++)
        {
            var f = k % FieldNames.Length;
            var average = lengthSums[f] / documents.Count;
            pairs.Clear();
            foreach (var (term, tf) in fields[k].Frequencies)
            {
                if (!idfs.TryGetValue(term, out var idf))
                {
                    idf = Idf(postings[term], documents.Count);
                    idfs[term] = idf;
                }

                var score = idf * ((K1 + 1) * tf) / ((K1 * (1 - B + (B * (fields[k].Length / average)))) + tf);
                score *= Boosts[f];
                pairs.Add((position[term], JsMath.Round(score * 1000) / 1000));
            }

            pairs.Sort((a, b) => a.Term.CompareTo(b.Term));
            json.Append(k == 0 ? "[" : ",[");
            var previous = 0;
            for (var p = 0; p < pairs.Count; p++)
            {
                if (p > 0)
                {
                    json.Append(',');
                }

                json.Append(pairs[p].Term - previous).Append(',');
                JsJson.Integer(json, JsMath.Round(Math.Log2(pairs[p].Score) * Steps));
                previous = pairs[p].Term;
            }

            json.Append(']');
        }

        json.Append("]},\"words\":");
        JsJson.String(json, SurfaceWords(sorted, titleWords, textWords));
        json.Append(",\"text\":");
        JsJson.String(json, input.TextFile);
        json.Append('}');

        var text = new StringBuilder(texts.Sum(t => t.Length + 3) + 2).Append('[');
        for (var i = 0; i < texts.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            JsJson.String(text, texts[i]);
        }

        text.Append(']');
        return new LunrIndexFiles(Encoding.UTF8.GetBytes(json.ToString()), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A document's one text: a table's (or chart's) starts with its cells, a section's with its prose.</summary>
    private static string StoredText(LunrDocument doc)
    {
        string[] parts = doc.Kind == "section" ? [doc.Body, doc.Table] : [doc.Table, doc.Body];
        return string.Join('\n', parts.Where(p => p.Length > 0));
    }

    /// <summary>lunr.idf: how rare the term is among the documents, counted once per field it is in.</summary>
    private static double Idf(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    private FieldTerms Tokenize(string text, List<string> norms)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        _words.Clear();
        SwedishText.Words(text, _words);
        foreach (var (start, end) in _words)
        {
            var norm = Normalize(text.AsSpan(start, end - start));
            norms.Add(norm);
            foreach (var term in _terms.Of(norm))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                length++;
            }
        }

        return new FieldTerms(frequencies, length);
    }

    /// <summary>A word's normalised form, worked out once per distinct spelling (a report repeats its words).</summary>
    private string Normalize(ReadOnlySpan<char> word)
    {
        if (!_normsBySpan.TryGetValue(word, out var norm))
        {
            var text = word.ToString();
            norm = SwedishText.NormalizeWord(text);
            _norms[text] = norm;
        }

        return norm;
    }

    /// <summary>Each term as one digit (letters shared with the term before, at most 9) and the rest, space-separated.</summary>
    private static string PackTerms(string[] terms)
    {
        var packed = new StringBuilder();
        var previous = "";
        for (var t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            var shared = 0;
            while (shared < 9 && shared < previous.Length && shared < term.Length && previous[shared] == term[shared])
            {
                shared++;
            }

            if (t > 0)
            {
                packed.Append(' ');
            }

            packed.Append((char)('0' + shared)).Append(term, shared, term.Length - shared);
            previous = term;
        }

        return packed.ToString();
    }

    /// <summary>
    /// Per index term, the letters the report's most frequent word with that stem adds to it ("" for
    /// the stem itself), or "-" when no word has it as its own stem: "did you mean" offers words.
    /// </summary>
    private string SurfaceWords(string[] terms, List<string>[] titleWords, List<string>[] textWords)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var d = 0; d < titleWords.Length; d++)
        {
            foreach (var norms in (List<string>[])[titleWords[d], textWords[d]])
            {
                foreach (var norm in norms)
                {
                    var found = _terms.Of(norm);
                    if (found.Length > 0 && norm.StartsWith(found[0], StringComparison.Ordinal))
                    {
                        if (!counts.TryGetValue(found[0], out var forms))
                        {
                            forms = new Dictionary<string, int>(StringComparer.Ordinal);
                            counts[found[0]] = forms;
                        }

                        forms[norm] = forms.GetValueOrDefault(norm) + 1;
                    }
                }
            }
        }

        var words = new StringBuilder();
        for (var t = 0; t < terms.Length; t++)
        {
            if (t > 0)
            {
                words.Append(' ');
            }

            if (!counts.TryGetValue(terms[t], out var forms))
            {
                words.Append('-');
                continue;
            }

            string? best = null;
            var bestCount = 0;
            foreach (var (form, count) in forms)
            {
                if (best is null || count > bestCount || (count == bestCount && string.CompareOrdinal(form, best) < 0))
                {
                    best = form;
                    bestCount = count;
                }
            }

            words.Append(best, terms[t].Length, best!.Length - terms[t].Length);
        }

        return words.ToString();
    }

    private sealed record FieldTerms(Dictionary<string, int> Frequencies, int Length);
}
