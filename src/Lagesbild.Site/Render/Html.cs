using System.Text;

namespace Lagesbild.Site.Render;

/// <summary>
/// HTML escaping that leaves å, ä, ö as they are (WebUtility.HtmlEncode turns them into
/// numeric entities, which bloats pages and hides text from plain-text search).
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
