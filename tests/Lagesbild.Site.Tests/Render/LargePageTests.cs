using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// Pages render whole however large: Scriban used to cut any value or page over 1 MiB short with
/// "..." (a long chapter, a big table, the print view of a long edition), and the build said nothing.
/// bench/large-pages.sh measures the larger cases.
/// </summary>
public sealed class LargePageTests
{
    private const int Rows = 25_000;

    [Fact]
    public void A_table_of_25_000_rows_is_on_its_chapter_page_and_the_print_view_to_the_last_row()
    {
        var table = new StringBuilder("""
            caption: Anmälda brott per adress
            columns:
              - key: adress
                header: Adress
                type: text
              - key: antal
                header: Antal
                type: integer
            rows:

            """);
        for (var i = 1; i <= Rows; i++)
        {
            table.Append("  - [Gatan ").Append(i).Append(", ").Append(i * 7).Append("]\n");
        }

        using var site = MinimalSite.With($"""
            -- content/2024/02-stor-tabell.md --
            ---
            title: En stor tabell
            ---

            ::: table stor-tabell
            :::

            Text efter tabellen.
            -- content/2024/data/stor-tabell.yml --
            {table}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in new[] { "2024/stor-tabell/index.html", "2024/utskrift/index.html" })
        {
            var html = Encoding.UTF8.GetString(result.Files.Single(f => f.RelativePath == path).Content);
            Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
            Assert.True(html.Length > 1_100_000, $"{path} is {html.Length} characters; the test needs a page over Scriban's old 1 MiB limit");
            var page = HtmlPage.Parse(html);
            var rows = page.QuerySelectorAll("main table tbody tr");
            Assert.Equal(Rows, rows.Length);
            Assert.Equal($"Gatan {Rows}", rows[^1].QuerySelector("th, td")!.NormalizedText());
            Assert.Contains("Text efter tabellen.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("footer.site-footer"));
        }
    }
}
