using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render.Downloads;

/// <summary>
/// The CSV download cannot be turned against its reader: whatever list separator a spreadsheet
/// splits on (`;` in Swedish, `,` in English, tab), no field it sees starts a formula, and a cell
/// holding any separator stays one cell. It names every column and carries the source line.
/// </summary>
public sealed class TableCsvHostileTests
{
    private const string Table = """
        caption: Fientliga celler
        source: "Sociala system, 2024."
        columns:
          - key: namn
            header: ""
            type: text
          - key: antal
            header: Antal
            type: integer
        rows:
          - ["Järva,=cmd|' /C calc'!A0", 1]
          - ["Norr;+SUM(1)", 2]
          - ["  @import", 3]
          - ["Söder\t=1+1", 4]
          - [" -2+3", -5]
          - ["＝HYPERLINK(\"http://x\")", 6]
          - ["Vanlig text, med komma", 7]
        """;

    [Fact]
    public void No_field_a_spreadsheet_sees_starts_a_formula_under_any_separator()
    {
        var csv = Csv();
        var rows = csv.Split("\r\n");

        Assert.Equal("Kategori;Antal", rows[0]);
        Assert.Equal(
            [
                "\"Järva,'=cmd|' /C calc'!A0\";1",
                "\"Norr;'+SUM(1)\";2",
                "  '@import;3",
                "\"Söder\t'=1+1\";4",
                " '-2+3;-5",
                "\"'＝HYPERLINK(\"\"http://x\"\")\";6",
                "\"Vanlig text, med komma\";7",
            ],
            rows[1..8]);

        // Split as a spreadsheet that ignores quotes would, on each separator: no piece starts a formula.
        foreach (var separator in new[] { ',', ';', '\t' })
        {
            var pieces = csv.Split(["\r\n"], StringSplitOptions.None).SelectMany(line => line.Split(separator)).Select(p => p.TrimStart(' ', '"'));
            Assert.DoesNotContain(pieces, p => p.Length > 0 && p[0] is '=' or '+' or '@' or '＝' || (p.StartsWith('-') && !decimal.TryParse(p, out _)));
        }
    }

    [Fact]
    public void The_source_line_ends_the_file_after_an_empty_row()
    {
        var rows = Csv().Split("\r\n");

        // Quoted, as it holds a comma: one cell in every spreadsheet.
        Assert.Equal(["", "\"Källa: Sociala system, 2024.\"", ""], rows[^3..]);
    }

    private static string Csv()
    {
        using var site = TestSite.FromText(MinimalSite.WithTable(Table));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var bytes = Assert.Single(result.Files, f => f.RelativePath == "2024/data/t.csv").Content;
        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }
}
