using System.Globalization;
using System.Text;

namespace Lagesbild.Site.Render.Charts;

/// <summary>
/// Small helpers for writing SVG by hand: coordinates with at most one decimal (so output is
/// byte-stable and small), text elements, and a width estimate for laying out labels. The build
/// cannot measure text in the reader's font, so widths are estimated generously from the
/// character count.
/// </summary>
public static class Svg
{
    /// <summary>The font size of every chart text but panel titles, in SVG units.</summary>
    public const double FontSize = 14;

    /// <summary>A coordinate: 12.25 → "12.3", -0.01 → "0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>About how wide <paramref name="text"/> is in a system sans-serif font (a little wider, to be safe).</summary>
    public static double Width(string text, double fontSize = FontSize) => text.Length * fontSize * 0.56;

    /// <summary>Breaks text at spaces into lines that fit <paramref name="maxWidth"/>; a single long word is kept whole.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize = FontSize)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, fontSize) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Writes a <c>&lt;text&gt;</c> element; several lines become <c>&lt;tspan&gt;</c>s one line height apart.</summary>
    public static void Text(StringBuilder svg, string cssClass, double x, double y, string anchor, IReadOnlyList<string> lines, double lineHeight = 17)
    {
        if (lines.Count == 0)
        {
            return;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\"");
        if (anchor != "start")
        {
            svg.Append(CultureInfo.InvariantCulture, $" text-anchor=\"{anchor}\"");
        }

        svg.Append('>');
        if (lines.Count == 1)
        {
            svg.Append(Html.Escape(lines[0]));
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                // The space after each line but the last keeps the words apart in the text a reader copies.
                var space = i < lines.Count - 1 ? " " : "";
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{N(x)}\" dy=\"{(i == 0 ? "0" : N(lineHeight))}\">{Html.Escape(lines[i])}{space}</tspan>");
            }
        }

        svg.Append("</text>\n");
    }

    public static void Text(StringBuilder svg, string cssClass, double x, double y, string anchor, string text) =>
        Text(svg, cssClass, x, y, anchor, [text]);

    public static void Line(StringBuilder svg, string cssClass, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" stroke=\"currentColor\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>\n");
}
