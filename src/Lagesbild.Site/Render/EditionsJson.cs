using System.Text.Encodings.Web;
using System.Text.Json;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Render;

/// <summary>
/// Writes <c>site/editions.json</c>: the published editions, newest first, each with its chapters'
/// slugs, titles, URLs and anchors. It is the only place that knows which editions exist, so the
/// edition switcher and the "newer edition" notice (editions.js) read it instead of every page
/// carrying the list, and an edition's pages stay byte-identical when a new edition is published.
/// Drafts are never listed: they are previews, not editions readers may switch to.
/// </summary>
public static class EditionsJson
{
    public const string FileName = "editions.json";

    /// <summary>Same options for every JSON file the site writes: readable å, ä, ö and <c>\n</c> line endings.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="searchIndexUrl">An edition's search index file (its name is fingerprinted), for "search in every edition".</param>
    public static OutputFile Write(IReadOnlyList<Edition> published, UrlBuilder urls, Func<Edition, string?>? searchIndexUrl = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            if (published.Count > 0)
            {
                json.WriteNumber("latest", published[0].Year);
            }
            else
            {
                json.WriteNull("latest");
            }

            json.WriteStartArray("editions");
            foreach (var edition in published)
            {
                WriteEdition(json, edition, urls, searchIndexUrl?.Invoke(edition));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(FileName, stream.ToArray());
    }

    private static void WriteEdition(Utf8JsonWriter json, Edition edition, UrlBuilder urls, string? searchIndexUrl)
    {
        json.WriteStartObject();
        json.WriteNumber("year", edition.Year);
        json.WriteString("title", edition.Title);
        json.WriteString("published", edition.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("url", urls.Edition(edition.Year));
        if (searchIndexUrl is not null)
        {
            json.WriteString("search", searchIndexUrl);
        }

        json.WriteStartArray("chapters");
        foreach (var chapter in edition.Chapters)
        {
            json.WriteStartObject();
            json.WriteString("slug", chapter.Slug);
            json.WriteString("title", chapter.Title);
            json.WriteString("url", urls.Chapter(edition.Year, chapter.Slug));
            json.WriteStartArray("anchors");
            foreach (var anchor in ModelValidator.AnchorsInOrder(chapter))
            {
                json.WriteStringValue(anchor);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
