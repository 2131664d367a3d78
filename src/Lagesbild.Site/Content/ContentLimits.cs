namespace Lagesbild.Site.Content;

/// <summary>
/// Limits that keep a hostile or broken content file from exhausting memory or the stack. Each is
/// far above anything the report needs, so only a mistake or an attack reaches one.
/// </summary>
public static class ContentLimits
{
    /// <summary>Bytes in one content file: today's largest file is 18 kB, a 100 000-row table about 4 MB.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Nested lists and mappings in one YAML file. The deepest real shape (a row group's sub-rows'
    /// cells) is 6; the representation model recurses once per level, so 50 000 levels would
    /// overflow the stack, which .NET cannot catch.
    /// </summary>
    public const int MaxYamlDepth = 32;

    /// <summary>
    /// Nested block quotes and lists in a chapter. Markdig refuses more than 128 with an exception
    /// that names no file; the report never nests more than 3.
    /// </summary>
    public const int MaxMarkdownDepth = 32;

    /// <summary>Digits before the decimal point of a table figure: a quadrillion is beyond any count or sum in the report, and charts stay exact.</summary>
    public const int MaxIntegerDigits = 15;

    /// <summary>Decimals of a table figure; more cannot be shown and only come from a paste error.</summary>
    public const int MaxDecimals = 6;
}
