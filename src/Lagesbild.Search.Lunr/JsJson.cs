using System.Globalization;
using System.Text;

namespace Lagesbild.Search.Lunr;

/// <summary>JSON as JavaScript's JSON.stringify writes it, for the values the index holds.</summary>
internal static class JsJson
{
    /// <summary>A string: only <c>"</c>, <c>\</c>, control characters and lone surrogates are escaped, in lower-case hex.</summary>
    public static void String(StringBuilder into, string value)
    {
        into.Append('"');
        var clean = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => Hex(c),
                _ when char.IsHighSurrogate(c) => i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? null : Hex(c),
                _ when char.IsLowSurrogate(c) => i > 0 && char.IsHighSurrogate(value[i - 1]) ? null : Hex(c),
                _ => null,
            };
            if (escape is not null)
            {
                into.Append(value, clean, i - clean).Append(escape);
                clean = i + 1;
            }
        }

        into.Append(value, clean, value.Length - clean).Append('"');
    }

    /// <summary>An integral number; negative infinity (log₂ of a zero score) is written as JSON.stringify writes it, <c>null</c>.</summary>
    public static void Integer(StringBuilder into, double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            into.Append("null");
        }
        else
        {
            // -0 is written "0", as JavaScript does.
            into.Append(((long)value).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Hex(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
}
