using System.Text.Json;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Render.Downloads;

/// <summary>
/// An edition's citation as CSL-JSON (the format Zotero, Mendeley and citeproc read): one item of
/// type <c>report</c> with the organisations as institutional authors, the publication date and
/// the permanent year URL. Only from the edition's own data, so the file never changes when
/// another edition is published.
/// </summary>
public static class CitationJson
{
    public static OutputFile File(EditionPlan edition, string language)
    {
        var citation = edition.Citation;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, EditionsJson.WriterOptions))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", $"lagesbild-{edition.Year}");
            json.WriteString("type", "report");
            json.WriteString("title", citation.Title);
            json.WriteStartArray("author");
            foreach (var author in citation.Authors)
            {
                json.WriteStartObject();
                json.WriteString("literal", author);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(citation.Published.Year);
            json.WriteNumberValue(citation.Published.Month);
            json.WriteNumberValue(citation.Published.Day);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("URL", citation.Url);
            json.WriteString("language", language);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(citation.FilePath, stream.ToArray());
    }
}
