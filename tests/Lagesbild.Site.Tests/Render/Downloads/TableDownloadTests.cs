using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render.Downloads;

/// <summary>Every data table can be downloaded as CSV for Swedish Excel and as JSON, linked under the table.</summary>
public sealed class TableDownloadTests
{
    [Fact]
    public void The_csv_is_what_Swedish_Excel_opens_byte_for_byte()
    {
        var bytes = EditionSite.Published.Bytes("2023/data/export.csv");

        // UTF-8 with a byte order mark, `;` between fields, decimal comma, no thousands separator,
        // CRLF line endings, quoting per RFC 4180, row groups as a first column, and text that
        // Excel would run as a formula defused with a leading apostrophe.
        byte[] expected =
        [
            0xEF, 0xBB, 0xBF,
            .. Encoding.UTF8.GetBytes(
                "Grupp;Namn;År 2023 – Antal;År 2023 – Andel (%);År 2023 – Index\r\n"
                + "Stockholm;\"Söder; norr\";24763;12,5;-1,25\r\n"
                + "Stockholm;\"Med \"\"citat\"\"\";5;80,0;0\r\n"
                + "Stockholm;'=SUMMA(A1);;3,0;227,8\r\n"
                + ";Totalt;24768;;\r\n"),
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void The_csv_of_a_plain_table_has_no_group_column()
    {
        var text = Encoding.UTF8.GetString(EditionSite.Published.Bytes("2023/data/resultat.csv"));

        Assert.Equal(
            "\uFEFFMeritvärde – 2021;Meritvärde – 2022;Meritvärde – 2023;Behörighet – 2021 (%);Behörighet – 2022 (%);Behörighet – 2023 (%)\r\n"
            + "244;246,5;249,0;88,3;89,2;89,9\r\n",
            text);
    }

    [Fact]
    public void The_json_keeps_captions_notes_column_groups_and_figures_as_written()
    {
        var result = EditionSite.Published;
        var json = result.Json("2023/data/export.json");

        Assert.Equal("export", json.GetProperty("id").GetString());
        Assert.Equal(2023, json.GetProperty("edition").GetInt32());
        Assert.Equal("Tabell för export; med \"citat\"", json.GetProperty("caption").GetString());
        var andel = json.GetProperty("columns")[2];
        Assert.Equal(("andel", "percent", "År 2023"), (andel.GetProperty("key").GetString(), andel.GetProperty("type").GetString(), andel.GetProperty("groups")[0].GetString()));
        var rows = json.GetProperty("rows");
        Assert.Equal(4, rows.GetArrayLength());
        Assert.Equal("80.0", rows[1].GetProperty("cells").GetProperty("andel").GetRawText());
        Assert.Equal("-1.25", rows[0].GetProperty("cells").GetProperty("index").GetRawText());
        Assert.Equal(1, rows[2].GetProperty("level").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[2].GetProperty("cells").GetProperty("antal").ValueKind);
        Assert.True(rows[3].GetProperty("total").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rows[3].GetProperty("group").ValueKind);
        Assert.Contains("\"namn\": \"Söder; norr\"", result.Text("2023/data/export.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_links_its_downloads_underneath_and_every_table_file_gets_both()
    {
        var result = EditionSite.Published;

        var figure = result.Page("2023/skolor/index.html").GetElementById("tabell-export")!;
        var downloads = figure.QuerySelector("figcaption .table-downloads")!;
        Assert.Equal("Ladda ner: CSV | JSON", downloads.NormalizedText());
        var links = downloads.QuerySelectorAll("a");
        Assert.Equal(["/2023/data/export.csv", "/2023/data/export.json"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("tabell-export_rubrik", a.GetAttribute("aria-describedby")));
        Assert.NotNull(figure.QuerySelector("caption#tabell-export_rubrik"));

        foreach (var (year, ids) in new[] { ("2022", new[] { "narkotikabrott" }), ("2023", new[] { "anmalningar", "export", "narkotikabrott", "resultat" }) })
        {
            var files = result.Paths().Where(p => p.StartsWith(year + "/data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(ids.SelectMany(id => new[] { $"{year}/data/{id}.csv", $"{year}/data/{id}.json" }), files);
        }
    }
}
