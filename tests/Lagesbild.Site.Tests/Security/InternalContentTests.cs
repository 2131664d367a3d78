using System.Text;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>
/// Internal chapters and <c>::: internal</c> blocks reach only builds made with --internal. Every
/// variant hides a marker word (and an intranet address) in internal content; a public build
/// either succeeds with the marker in no byte of any output file, or fails with an error at the
/// line that would have leaked it.
/// </summary>
public sealed class InternalContentTests
{
    /// <summary>In every marker, and found whatever case or stemming the search index applies.</summary>
    private const string Needle = "zqxleak";

    /// <summary>Spellings that are right: they build, and the public site holds none of the internal text.</summary>
    private static readonly (string Name, string Body)[] Building =
    [
        ("block", """
            ::: internal
            ## Intern rubrik ZQXLEAK01

            Bara för personal: ZQXLEAK01 i en mening.[^hemlig]
            :::

            [^hemlig]: En fotnot som bara hör till det interna: ZQXLEAK01.
            """),
        ("kodblock", """
            ::: internal
            ```
            :::
            ```
            Efter kodblocket: ZQXLEAK02.
            :::
            """),
        ("figur", """
            ::: internal
            ::: figure
            Karta ZQXLEAK03
            :::
            Efter figuren: ZQXLEAK03.
            :::
            """),
        ("tabell", """
            ::: internal
            ::: chart intern-tabell
            :::

            ::: table intern-tabell
            :::
            Efter tabellen: ZQXLEAK04.
            :::
            """),
        ("lankdefinition", """
            ::: internal
            Se [intranätet][intra].

            [intra]: http://intranet.zqxleak05.local/
            :::
            """),
        ("i-citat", """
            > Citat.
            >
            > ::: internal
            > ZQXLEAK06 i ett citat.
            > :::

            - Punkt.

              ::: internal
              ZQXLEAK06 i en lista.
              :::
            """),
        ("nastlat", """
            ::: internal
            ::: internal
            ZQXLEAK07 inre.
            :::
            ZQXLEAK07 yttre <http://intranet.zqxleak07.local/>.
            :::
            """),
        ("fotnot", """
            Öppen text med en öppen fotnot.[^oppen]

            ::: internal
            ZQXLEAK08 pekar på samma fotnot.[^oppen] Och på en egen.[^egen]
            :::

            [^oppen]: En öppen fotnot.
            [^egen]: ZQXLEAK08 i en fotnot som bara det interna pekar på.
            """),
        ("i-figur", """
            ::: figure
            Bildtext.

            ::: internal
            ZQXLEAK10 i bildtexten.
            :::
            :::
            """),
        ("kod-exempel", """
            Ett exempel på hur ett internt block skrivs, i ett kodblock som visas:

            ```
            ::: internal
            (här står det interna)
            :::
            ```

            ::: internal
            ZQXLEAK09
            :::
            """),
    ];

    /// <summary>Mistakes that would publish internal text: each must stop the build with an error on the line named.</summary>
    private static readonly (string Name, string Body, string Line)[] Failing =
    [
        ("utan-mellanslag", ":::internal\nZQXLEAK21\n:::", ":::internal"),
        ("fyra-kolon", ":::: internal\nZQXLEAK22\n::::", ":::: internal"),
        ("versal", "::: Internal\nZQXLEAK23\n:::", "::: Internal"),
        ("versaler", "::: INTERNAL\nZQXLEAK24\n:::", "::: INTERNAL"),
        ("hart-mellanslag", ":::\u00A0internal\nZQXLEAK25\n:::", ":::\u00A0internal"),
        ("hart-mellanslag-sist", "::: internal\u00A0\nZQXLEAK26\n:::", "::: internal\u00A0"),
        ("hart-mellanslag-forst", "Text.\n\n\u00A0::: internal\nZQXLEAK27\n:::", "\u00A0::: internal"),
        ("noll-bredd", "\u200B::: internal\nZQXLEAK28\n:::", "\u200B::: internal"),
        ("tabb", "Text.\n\n\t::: internal\n\nZQXLEAK29\n\n\t:::", "\t::: internal"),
        ("indrag", "Text\n     ::: internal\nZQXLEAK30\n:::", "     ::: internal"),
        ("svenska", "::: intern\nZQXLEAK31\n:::", "::: intern"),
        ("tva-kolon", ":: internal\nZQXLEAK32\n::", ":: internal"),
        ("ord-efter", "::: internal hemligt\nZQXLEAK33\n:::", "::: internal hemligt"),
        ("aldrig-stangt", "Öppen text.\n\n::: internal\nZQXLEAK34\n\n## Öppen rubrik\n\nÖppen text som annars försvann.", "::: internal"),
        ("lank-utanfor", "Se [intranätet][intra35].\n\n::: internal\n[intra35]: http://intranet.zqxleak35.local/\n:::", "Se [intranätet]"),
        ("fotnot-inuti", "Se fotnoten.[^f36]\n\n::: internal\n[^f36]: ZQXLEAK36\n:::", "Se fotnoten."),
        ("oppet-kodblock", "```\nkod\n\n::: internal\nZQXLEAK37\n:::", "::: internal"),
        ("extra-stang", "::: internal\nA\n:::\n:::\nZQXLEAK38", ":::\nZQXLEAK38"),
    ];

    private static readonly string Site = MinimalSite.Files + "\n" + string.Concat(Building.Select((v, i) => Chapter(i + 1, v.Name, v.Body))) + """
        -- content/2024/30-internt.md --
        ---
        title: Internt kapitel ZQXLEAK50
        visibility: internal
        ---

        Ett helt kapitel med ZQXLEAK50 och [en länk](http://intranet.zqxleak50.local/).

        ::: table intern-tabell
        :::
        -- content/2024/data/intern-tabell.yml --
        caption: Intern tabell ZQXLEAK51
        columns:
          - { key: namn, header: Namn ZQXLEAK51, type: text }
          - { key: antal, header: Antal, type: integer }
        rows:
          - [ZQXLEAK51, 5]
        """;

    private static string Chapter(int number, string name, string body) =>
        $"-- content/2024/{number:00}-{name}.md --\n---\ntitle: Kapitel {name}\n---\n\nÖppen text i {name}.\n\n{body}\n\nSlut på {name}.\n";

    [Fact]
    public void A_public_build_carries_not_one_byte_of_internal_content_in_any_file()
    {
        using var site = TestSite.FromText(Site);

        // With a site URL, so the sitemap is written too.
        var result = SiteBuilder.Build(site.Options() with { SiteUrl = "https://example.se" });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        // Every kind of output is there to be searched: pages, print view, search index, downloads, lists.
        var paths = result.Files.Select(f => f.RelativePath).ToList();
        Assert.Contains("2024/utskrift/index.html", paths);
        Assert.Contains(paths, p => p.StartsWith("2024/sok/index.", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.StartsWith("2024/sok/text.", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains("editions.json", paths);
        Assert.Contains("sitemap.xml", paths);
        Assert.Contains("404.html", paths);
        foreach (var file in result.Files)
        {
            Assert.False(Encoding.UTF8.GetString(file.Content).Contains(Needle, StringComparison.OrdinalIgnoreCase), $"{file.RelativePath} leaks internal content");
        }

        Assert.DoesNotContain(paths, p => p.Contains("internt", StringComparison.Ordinal) || p.Contains("intern-tabell", StringComparison.Ordinal));
        foreach (var (name, _) in Building)
        {
            // No public text around an internal block is lost.
            var text = result.Page($"2024/{name}/index.html").QuerySelector("main")!.NormalizedText();
            Assert.Contains($"Öppen text i {name}.", text);
            Assert.Contains($"Slut på {name}.", text);
        }
    }

    [Fact]
    public void Footnotes_cited_only_by_internal_text_go_with_it_and_the_rest_keep_their_numbers_and_back_links()
    {
        using var site = TestSite.FromText(Site);

        var page = site.Build().Page("2024/fotnot/index.html");

        Assert.Equal(["1"], page.QuerySelectorAll("a.footnote-ref").Select(a => a.TextContent));
        Assert.Equal(["fn:1"], page.QuerySelectorAll(".footnotes li").Select(li => li.Id));
        var backLinks = page.QuerySelectorAll("a.footnote-back-ref").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#fnref:1"], backLinks);
        Assert.NotNull(page.GetElementById("fnref:1"));
    }

    [Fact]
    public void An_internal_build_publishes_internal_chapters_and_blocks_marked_as_internal()
    {
        using var site = TestSite.FromText(Site);

        var result = site.Build(includeInternal: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var blocks = result.Page("2024/kodblock/index.html").QuerySelectorAll("div.internal");
        Assert.Contains("Efter kodblocket: ZQXLEAK02.", Assert.Single(blocks).NormalizedText());
        Assert.Contains("Efter figuren: ZQXLEAK03.", result.Page("2024/figur/index.html").QuerySelector("div.internal")!.NormalizedText());
        Assert.NotNull(result.Page("2024/tabell/index.html").QuerySelector("div.internal #tabell-intern-tabell"));
        Assert.Contains("ZQXLEAK50", result.Page("2024/internt/index.html").QuerySelector("main h1")!.TextContent);
        // The markers are real: the same needle the public test looks for is in this build's files.
        Assert.Contains(result.Files, f => f.RelativePath.StartsWith("2024/sok/text.", StringComparison.Ordinal) && Encoding.UTF8.GetString(f.Content).Contains(Needle, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_spelling_that_would_leak_stops_the_build_with_an_error_on_its_line()
    {
        var files = MinimalSite.Files + "\n" + string.Concat(Failing.Select((v, i) => Chapter(i + 1, v.Name, v.Body)));
        using var site = TestSite.FromText(files);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        for (var i = 0; i < Failing.Length; i++)
        {
            var (name, body, line) = Failing[i];
            var text = Chapter(i + 1, name, body);
            var expectedLine = text[..text.IndexOf(line, StringComparison.Ordinal)].Count(c => c == '\n');
            Assert.True(
                errors.Any(e => e.Location.Path.EndsWith($"{i + 1:00}-{name}.md", StringComparison.Ordinal) && e.Location.Line == expectedLine),
                $"{name}: no error on line {expectedLine}; got:\n{string.Join('\n', errors.Where(e => e.Location.Path.Contains(name, StringComparison.Ordinal)))}");
        }

        // Editors read the Swedish: every finding about directives and references has it.
        Assert.All(errors.Where(e => e.Code == "LB209" || string.CompareOrdinal(e.Code, "LB220") >= 0 && string.CompareOrdinal(e.Code, "LB239") <= 0), e => Assert.True(e.Message.Swedish != e.Message.English && (e.Hint is null || e.Hint.Swedish != e.Hint.English), e.ToString()));
    }
}
