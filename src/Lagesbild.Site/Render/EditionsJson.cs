using Lagesbild.Site.Search;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

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
    public const string FileName = SitePaths.EditionsJson;

    /// <summary>Same options for every JSON file the site writes: readable å, ä, ö and <c>\n</c> line endings.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The plan's published editions, each with its search index file (for "search in every edition").</summary>
    public static OutputFile Write(SitePlan plan, SearchPlan search)
    {
        var published = plan.Published.ToList();
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
                WriteEdition(json, edition, search.IndexUrl(plan.Urls, edition.Year));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(FileName, stream.ToArray());
    }

    private static void WriteEdition(Utf8JsonWriter json, EditionPlan plan, string? searchIndexUrl)
    {
        var edition = plan.Edition;
        json.WriteStartObject();
        json.WriteNumber("year", edition.Year);
        json.WriteString("title", edition.Title);
        json.WriteString("published", edition.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("url", plan.Url);
        if (searchIndexUrl is not null)
        {
            json.WriteString("search", searchIndexUrl);
        }

        json.WriteStartArray("chapters");
        foreach (var chapter in plan.Chapters)
        {
            json.WriteStartObject();
            json.WriteString("slug", chapter.Slug);
            json.WriteString("title", chapter.Title);
            json.WriteString("url", chapter.Url);
            json.WriteStartArray("anchors");
            foreach (var anchor in chapter.Anchors)
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
