using System.Globalization;

namespace Lagesbild.Site.Images;

/// <summary>
/// An SVG's size from its root element: <c>width</c> and <c>height</c> when given in pixels,
/// otherwise the <c>viewBox</c>, keeping its proportions when only one of the two is given.
/// </summary>
public static class SvgSize
{
    public static ImageSize? Of(string? width, string? height, string? viewBox)
    {
        var w = Pixels(width);
        var h = Pixels(height);
        var box = ViewBox(viewBox);
        if (w is { } fixedWidth && h is { } fixedHeight)
        {
            return Size(fixedWidth, fixedHeight);
        }

        if (box is not { } b)
        {
            return null;
        }

        return (w, h) switch
        {
            ({ } onlyWidth, null) => Size(onlyWidth, onlyWidth * b.Height / b.Width),
            (null, { } onlyHeight) => Size(onlyHeight * b.Width / b.Height, onlyHeight),
            _ => Size(b.Width, b.Height),
        };
    }

    private static ImageSize? Size(double width, double height) =>
        ImageSizes.Valid((uint)Math.Round(Math.Clamp(width, 0, uint.MaxValue)), (uint)Math.Round(Math.Clamp(height, 0, uint.MaxValue)));

    /// <summary>A length in CSS pixels; relative units (%, em) say nothing about the picture's own size.</summary>
    private static double? Pixels(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2].TrimEnd();
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number) ? number : null;
    }

    private static (double Width, double Height)? ViewBox(string? value)
    {
        var parts = (value ?? "").Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4)
        {
            return null;
        }

        var numbers = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        return numbers[2] > 0 && numbers[3] > 0 ? (numbers[2], numbers[3]) : null;
    }
}
