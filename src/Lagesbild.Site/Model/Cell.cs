namespace Lagesbild.Site.Model;

/// <summary>
/// One table cell. Numbers keep the <see cref="decimal"/> scale they were written with, so
/// <c>80.0</c> still shows one decimal.
/// </summary>
public sealed record Cell(string? Text, decimal? Number)
{
    public static Cell Empty { get; } = new(null, null);

    public bool IsEmpty => Text is null && Number is null;
}
