using System.Text;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>Internal chapters and <c>::: internal</c> blocks reach only builds made with --internal.</summary>
public sealed class InternalContentTests
{
    private const string Marker = "HEMLIGMARKÖR";

    private const string Files = Fixtures.MinimalSite + """

        -- content/2024/01-oppet.md --
        ---
        title: Öppet kapitel
        ---

        Text som alla får läsa.

        ::: internal
        ## Intern rubrik HEMLIGMARKÖR

        Bara för personal: HEMLIGMARKÖR i en mening.[^hemlig]

        ::: table intern-tabell
        :::
        :::

        ## Öppen rubrik

        Mer öppen text med en öppen fotnot.[^oppen]

        [^oppen]: En öppen fotnot.
        [^hemlig]: En fotnot som bara hör till det interna: HEMLIGMARKÖR.
        -- content/2024/02-internt.md --
        ---
        title: Internt kapitel HEMLIGMARKÖR
        visibility: internal
        ---

        Ett helt kapitel med HEMLIGMARKÖR.
        -- content/2024/data/intern-tabell.yml --
        caption: Intern tabell HEMLIGMARKÖR
        columns:
          - { key: namn, header: Namn, type: text }
        rows:
          - [HEMLIGMARKÖR]
        """;

    [Fact]
    public void A_public_build_carries_not_one_word_of_internal_content()
    {
        using var site = TestSite.FromText(Files);

        var result = site.BuildAndWrite();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var everyFile = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(everyFile, f => f.EndsWith(Path.Combine("2024", "oppet", "index.html"), StringComparison.Ordinal));
        foreach (var file in everyFile)
        {
            Assert.DoesNotContain(Marker, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(everyFile, f => f.Contains("internt", StringComparison.Ordinal));
        var page = result.Page("2024/oppet/index.html");
        Assert.Equal(["oppen-rubrik"], page.QuerySelectorAll(".prose h2").Select(h => h.Id));
        Assert.Equal(["1"], page.QuerySelectorAll("a.footnote-ref").Select(a => a.TextContent));
    }

    [Fact]
    public void An_internal_build_publishes_internal_chapters_and_blocks_marked_as_internal()
    {
        using var site = TestSite.FromText(Files);

        var result = site.Build(includeInternal: true);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var block = result.Page("2024/oppet/index.html").QuerySelector("div.internal")!;
        Assert.Contains("Bara för personal: HEMLIGMARKÖR i en mening.", block.NormalizedText());
        Assert.NotNull(block.QuerySelector("#tabell-intern-tabell"));
        Assert.Contains(Marker, result.Page("2024/internt/index.html").QuerySelector("main h1")!.TextContent);
    }
}
