using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Content;

/// <summary>The metadata of an edition from <c>content/&lt;year&gt;/edition.yml</c>, before its chapters are attached.</summary>
public sealed record EditionMetadata(
    string Title,
    string? Subtitle,
    System.Collections.Immutable.ImmutableArray<string> Organisations,
    DateOnly Published,
    EditionStatus Status,
    string Summary,
    string? HomeChapterSlug,
    SourceLocation? HomeChapterLocation)
{
    /// <summary>The district the report is about (<c>focus_district:</c>), emphasised in charts and tables; optional.</summary>
    public string? FocusDistrict { get; init; }
}

/// <summary>Reads and validates an edition's <c>edition.yml</c>.</summary>
public static class EditionFileReader
{
    public static EditionMetadata? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : ReadText(displayPath, text, diagnostics);
    }

    /// <summary>Reads the file's text; <paramref name="displayPath"/> names it in findings (spec tests need no file).</summary>
    public static EditionMetadata? ReadText(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlFile.Parse(displayPath, text, new("edition.yml", "edition.yml"), diagnostics);
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys("title", "subtitle", "organisations", "published", "status", "summary", "home_chapter", "focus_district");
        var title = yaml.RequiredString("title", new("Skriv till exempel `title: Lägesbild 2024`.", "e.g. `title: Lägesbild 2024`"));
        var published = yaml.Date("published", new("Skriv publiceringsdagen som år-månad-dag: `published: 2024-12-01`.", "write the publication date as `published: 2024-12-01`"));
        var status = ReadStatus(yaml, diagnostics);
        var homeChapter = yaml.OptionalString("home_chapter");
        var homeLocation = yaml.Get("home_chapter") is { } node ? yaml.Source.At(node) : null;
        if (title is null || published is null || status is null)
        {
            return null;
        }

        return new EditionMetadata(title, yaml.OptionalString("subtitle"), yaml.StringList("organisations"), published.Value,
            status.Value, yaml.OptionalString("summary") ?? "", homeChapter, homeLocation)
        {
            FocusDistrict = yaml.OptionalString("focus_district"),
        };
    }

    private static EditionStatus? ReadStatus(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var hint = new Phrase("Skriv `status: published` (publicerad) eller `status: draft` (utkast).", "write `status: published` or `status: draft`");
        var text = yaml.RequiredString("status", hint);
        switch (text)
        {
            case null:
                return null;
            case "published":
                return EditionStatus.Published;
            case "draft":
                return EditionStatus.Draft;
            default:
                diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, yaml.Source.At(yaml.Get("status")!),
                    new($"Statusen `{text}` finns inte.", $"unknown status `{text}`"), hint);
                return null;
        }
    }
}
