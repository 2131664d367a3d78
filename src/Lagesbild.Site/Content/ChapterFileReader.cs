using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Markdown.Headings;
using Lagesbild.Site.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lagesbild.Site.Content;

/// <summary>Reads a chapter <c>NN-slug.md</c>: front matter, the Markdown parsed once, and its headings.</summary>
public static partial class ChapterFileReader
{
    private static readonly Phrase FrontMatterHint = new(
        "Börja filen med en rad `---`, sedan `title: …` och sedan en rad `---` till.",
        "start the file with a front matter block: a line `---`, then `title: …`, then a line `---`");

    public static bool TryParseFileName(string fileName, out int order, out string slug)
    {
        var match = FileName().Match(fileName);
        order = match.Success ? int.Parse(match.Groups["order"].Value, CultureInfo.InvariantCulture) : 0;
        slug = match.Success ? match.Groups["slug"].Value : "";
        return match.Success;
    }

    /// <summary>Whether the file is named <c>NN-slug.md</c>; if not, says how to name it.</summary>
    public static bool HasChapterName(string displayPath, DiagnosticBag diagnostics)
    {
        var fileName = Path.GetFileName(displayPath);
        if (TryParseFileName(fileName, out _, out _))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.Chapter.BadFileName, SourceLocation.File(displayPath),
            new($"`{fileName}` är inte ett giltigt namn på en kapitelfil.", $"`{fileName}` is not a chapter file name"),
            new("Döp kapitel till `NN-namn.md`: två siffror för ordningen, sedan små bokstäver a–z, siffror och bindestreck, till exempel `03-stadsdelsomradet.md`.",
                "name chapters `NN-slug.md`: two digits for the order, then lowercase a-z, 0-9 and hyphens, e.g. `03-stadsdelsomradet.md`"));
        return false;
    }

    /// <summary>
    /// Reads a chapter's text; <paramref name="displayPath"/> names it in findings and its file
    /// name gives the order and slug (spec tests need no file).
    /// </summary>
    public static Chapter? ReadText(string displayPath, string text, ChapterParser parser, DiagnosticBag diagnostics)
    {
        if (!HasChapterName(displayPath, diagnostics))
        {
            return null;
        }

        TryParseFileName(Path.GetFileName(displayPath), out var order, out var slug);

        var frontMatter = SplitFrontMatter(text);
        if (frontMatter is null)
        {
            diagnostics.Error(DiagnosticCodes.Chapter.MissingFrontMatter, SourceLocation.File(displayPath),
                new("Kapitlet saknar inledande block med titel (front matter).", "the chapter has no front matter"), FrontMatterHint);
            return null;
        }

        var source = new YamlSource(displayPath, frontMatter, LineOffset: 1);
        var root = source.LoadRoot(diagnostics);
        string? title = null;
        string? description = null;
        var isInternal = false;
        DateOnly? updated = null;
        SourceLocation? updatedLocation = null;
        if (root is not null && YamlMappingReader.From(root, source, diagnostics, new("Kapitlets inledande block (front matter)", "front matter")) is { } yaml)
        {
            yaml.RejectUnknownKeys("title", "description", "visibility", "updated");
            title = yaml.RequiredString("title", new("Skriv en rad `title: …` mellan de två raderna `---` överst i filen.", "add a line `title: …` between the two `---` lines"));
            description = yaml.OptionalString("description");
            isInternal = ReadVisibility(yaml, diagnostics);
            if (yaml.Has("updated"))
            {
                updated = yaml.Date("updated", new(
                    "Skriv dagen då kapitlet ändrades som år-månad-dag, till exempel `updated: 2025-02-14`, eller ta bort raden.",
                    "write the day the chapter was changed as `updated: 2025-02-14`, or remove the line"));
                updatedLocation = source.At(yaml.Get("updated")!);
            }
        }

        var parsed = MarkdownNesting.Parse(text, parser, displayPath, diagnostics);
        if (parsed is null)
        {
            return null;
        }

        ChapterMarkupChecks.Check(text, parsed, displayPath, diagnostics);
        var document = parsed.Document;
        var headings = ReadHeadings(document, displayPath, diagnostics);
        return title is null
            ? null
            : new Chapter(order, slug, title, description, SourceLocation.File(displayPath), document, headings, isInternal)
            {
                Updated = updated,
                UpdatedLocation = updatedLocation,
            };
    }

    private static bool ReadVisibility(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        switch (yaml.OptionalString("visibility"))
        {
            case null or "public":
                return false;
            case "internal":
                return true;
            case var other:
                diagnostics.Error(DiagnosticCodes.Yaml.InvalidValue, yaml.Source.At(yaml.Get("visibility")!), new($"Okänt värde för visibility: `{other}`.", $"unknown visibility `{other}`"),
                    new("Skriv `visibility: internal` för ett kapitel som bara personalen får läsa, eller ta bort raden.",
                        "write `visibility: internal` for a chapter only staff may read, or leave the line out"));
                return false;
        }
    }

    /// <summary>The YAML between the opening and closing <c>---</c> lines, or null when there is none.</summary>
    private static string? SplitFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0)
        {
            var after = end + 4;
            if (after == text.Length || text[after] == '\n')
            {
                return text[4..(end + 1)];
            }

            end = text.IndexOf("\n---", after, StringComparison.Ordinal);
        }

        return null;
    }

    private static ImmutableArray<Heading> ReadHeadings(MarkdownDocument document, string displayPath, DiagnosticBag diagnostics)
    {
        var headings = ImmutableArray.CreateBuilder<Heading>();
        var previousLevel = 1;
        foreach (var block in document.Descendants<HeadingBlock>())
        {
            var location = SourceLocation.Of(displayPath, block);
            var text = HeadingText.Of(block);
            if (text.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.EmptyHeading, location, new("Rubriken är tom.", "the heading is empty"),
                    new("Skriv avsnittets namn efter `#`-tecknen, eller ta bort raden.", "write the section's name after the `#` marks, or remove the line"));
                continue;
            }

            if (block.Level == 1)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.HeadingLevel, location, new($"`# {text}` blir en andra sidtitel.", $"`# {text}` is a second page title"),
                    new("Kapitlets titel kommer från `title:` överst i filen. Börja avsnitt med `##`.",
                        "the chapter title comes from `title:` in the front matter; start sections with `##`"));
            }
            else if (block.Level > previousLevel + 1)
            {
                diagnostics.Error(DiagnosticCodes.Chapter.HeadingLevel, location,
                    new($"Rubriknivå {block.Level} hoppar över nivå {previousLevel + 1}.", $"heading level {block.Level} skips level {previousLevel + 1}"),
                    new($"Använd {new string('#', previousLevel + 1)} här, så att skärmläsare kan följa strukturen.",
                        $"use {new string('#', previousLevel + 1)} here, so screen readers can follow the outline"));
            }

            previousLevel = block.Level;
            headings.Add(new Heading(block.Level, block.GetAttributes().Id ?? "", text, location));
        }

        return headings.ToImmutable();
    }

    [GeneratedRegex(@"^(?<order>[0-9]{2})-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)\.md$")]
    private static partial Regex FileName();
}
