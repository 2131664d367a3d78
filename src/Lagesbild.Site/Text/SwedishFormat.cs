using System.Globalization;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Text;

/// <summary>
/// Swedish number and date formats, spelled out rather than taken from the machine's ICU data,
/// so every machine writes the same bytes: <c>24 763</c> (no-break space), <c>227,8</c>, <c>89,9 %</c>.
/// </summary>
public static class SwedishFormat
{
    private const string NoBreakSpace = "\u00A0";

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = NoBreakSpace,
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    };

    private static readonly string[] Months =
    [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ];

    /// <summary>Formats a figure keeping the decimals it was written with: 88.3 → "88,3", 24763 → "24 763".</summary>
    public static string Number(decimal value, ColumnType type)
    {
        var decimals = type == ColumnType.Integer ? 0 : value.Scale;
        var text = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Numbers);
        return type == ColumnType.Percent ? text + NoBreakSpace + "%" : text;
    }

    /// <summary>A date as Swedish prose: 2024-12-01 → "1 december 2024".</summary>
    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A file size as a Swedish reader expects it next to a download, in the units a file manager
    /// shows (1 kB = 1 024 bytes): 1 258 291 → "1,2 MB", 532 000 → "520 kB".
    /// </summary>
    public static string FileSize(long bytes)
    {
        const decimal Kilo = 1024m;
        var kilobytes = Math.Max(1m, Math.Round(bytes / Kilo, 0, MidpointRounding.AwayFromZero));
        if (kilobytes < Kilo)
        {
            return kilobytes.ToString("N0", Numbers) + NoBreakSpace + "kB";
        }

        var megabytes = Math.Round(bytes / (Kilo * Kilo), 1, MidpointRounding.AwayFromZero);
        return megabytes.ToString("N1", Numbers) + NoBreakSpace + "MB";
    }
}
