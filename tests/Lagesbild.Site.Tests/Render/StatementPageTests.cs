using AngleSharp.Dom;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Editions;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Render;

/// <summary>
/// The tillgänglighetsredogörelse as a reader and DIGG's supervisors meet it: one page for the
/// whole site with every part the law requires, built from content/tillganglighet.yml.
/// </summary>
public sealed class StatementPageTests
{
    private const string Page = "tillganglighet/index.html";

    public static TheoryData<string> Builds => new() { "live content", "frozen report", "three editions" };

    [Theory]
    [MemberData(nameof(Builds))]
    public void The_statement_page_has_every_part_DIGG_requires(string build)
    {
        var page = Result(build).Page(Page);
        var main = page.QuerySelector("main")!;
        var text = main.NormalizedText();

        // 1 and 2: the public body and the service
        // The long word may break at its soft hyphen on a narrow phone.
        var h1 = main.QuerySelector("h1")!.NormalizedText().Replace("\u00AD", "", StringComparison.Ordinal);
        Assert.StartsWith("Tillgänglighetsredogörelse för ", h1, StringComparison.Ordinal);
        var service = h1["Tillgänglighetsredogörelse för ".Length..];
        Assert.Matches($"^.+ står bakom {System.Text.RegularExpressions.Regex.Escape(service)}\\.", main.QuerySelector("h1 + p")!.NormalizedText());

        // 3: the status in exactly one of DIGG's three phrases, with the standard named
        var status = Section(main, "teknisk-information");
        var word = status.QuerySelector("strong")!.NormalizedText();
        Assert.Contains(word, new[] { "helt förenlig", "delvis förenlig", "inte förenlig" });
        Assert.Contains("EN 301 549", status.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", status.NormalizedText(), StringComparison.Ordinal);

        // 4: each shortcoming says why and what to do instead, under the situation it concerns
        var shortcomings = Section(main, "bristande-forenlighet", "h3");
        var items = main.QuerySelectorAll("#bristande-forenlighet ~ ul.statement-list > li").Where(li => IsBefore(li, main.QuerySelector("#oskaligt-betungande")!)).ToList();
        Assert.Equal(word != "helt förenlig", items.Count > 0);
        Assert.All(items, li =>
        {
            var paragraphs = li.QuerySelectorAll("p").Select(p => p.NormalizedText()).ToList();
            Assert.Equal(3, paragraphs.Count);
            Assert.StartsWith("Varför: ", paragraphs[1], StringComparison.Ordinal);
            Assert.StartsWith("Gör så här i stället: ", paragraphs[2], StringComparison.Ordinal);
            Assert.Equal("H4", li.ParentElement!.PreviousElementSibling!.TagName);
        });

        // 5 and 6: the dates of the assessment and of the statement, machine-readable too
        var tested = Section(main, "bedomning");
        var dates = tested.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(2, dates.Count);
        Assert.All(dates, d => Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", d));
        Assert.Contains("Senaste bedömningen gjordes", tested.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Redogörelsen uppdaterades senast", tested.NormalizedText(), StringComparison.Ordinal);

        // 7: how it was assessed, and which automated checks every change passes
        Assert.Matches("(självskattning|granskats av .+)", tested.NormalizedText());
        foreach (var check in new[] { "axe-core", "Nu Html Checker", "tangentbordet", "utan JavaScript", "Lighthouse" })
        {
            Assert.Contains(check, tested.NormalizedText(), StringComparison.Ordinal);
        }

        // 8: where to report a shortcoming or ask for another format
        foreach (var id in new[] { "annat-format", "rapportera" })
        {
            var link = Section(main, id).QuerySelector("a")!.GetAttribute("href")!;
            Assert.Matches("^(mailto:[^@]+@.+|https://.+)$", link);
        }

        // 9: DIGG's complaint form
        Assert.Equal("https://www.digg.se/tdosanmalan", Section(main, "tillsyn").QuerySelector("a")!.GetAttribute("href"));

        // 10 and 11: exempted content and content outside the law, each said even when there is none
        Assert.NotEmpty(Section(main, "oskaligt-betungande", "h3").NormalizedText());
        Assert.NotEmpty(Section(main, "utanfor-lagen", "h3").NormalizedText());
        Assert.NotEmpty(shortcomings.NormalizedText());
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_shows_what_the_content_file_says()
    {
        var main = EditionSite.Published.Page(Page).QuerySelector("main")!;

        Assert.Equal("Tillgänglighetsredogörelse för Lägesbild (testutgåvor)", main.QuerySelector("h1")!.NormalizedText().Replace("\u00AD", "", StringComparison.Ordinal));
        Assert.Equal("delvis förenlig", Section(main, "teknisk-information").QuerySelector("strong")!.NormalizedText());
        Assert.Equal("Utan syn", main.QuerySelector("h4")!.NormalizedText());
        Assert.Equal(
            ["Kartan saknar textbeskrivning.", "Varför: Kartan finns bara som bild.", "Gör så här i stället: Kontakta oss så beskriver vi kartan."],
            main.QuerySelectorAll("h4 + ul > li > p").Select(p => p.NormalizedText()));
        Assert.Equal(
            ["Inskannade protokoll från 2022.", "Skäl: Att tolka dem till text skulle kosta mer än det ger."],
            main.QuerySelectorAll("#oskaligt-betungande + ul > li > p").Select(p => p.NormalizedText()));
        Assert.Equal(
            ["Kartverktyget Regional lägesbild.", "Skäl: Det är en tredje parts tjänst som vi inte styr över."],
            main.QuerySelectorAll("#utanfor-lagen + ul > li > p").Select(p => p.NormalizedText()));
        var tested = Section(main, "bedomning");
        Assert.Contains("Webbplatsen har granskats av Granskningsbyrån AB.", tested.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(["2025-01-15", "2025-01-15"], tested.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("15 januari 2025", tested.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("https://start.stockholm/kontakt", Section(main, "rapportera").QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_statement_page_is_listed_in_the_sitemap_and_its_path_is_no_chapter_name()
    {
        using var site = MinimalSite.With("""
            -- content/2024/02-tillganglighet.md --
            ---
            title: Tillgänglighet
            ---

            Text.
            """);

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.Edition.ReservedSlug && d.Location.Path == "content/2024/02-tillganglighet.md");
        var sitemap = System.Text.Encoding.UTF8.GetString(SharedBuilds.FrozenProjectSite.Files.Single(f => f.RelativePath == "sitemap.xml").Content);
        Assert.Contains($"<loc>{ProjectSite.Origin}{ProjectSite.BasePath}tillganglighet/</loc>", sitemap, StringComparison.Ordinal);
    }

    private static BuildResult Result(string build) => build switch
    {
        "live content" => SharedBuilds.Real,
        "frozen report" => SharedBuilds.Frozen,
        _ => EditionSite.Published,
    };

    /// <summary>The heading with <paramref name="id"/> and everything after it up to the next heading of the same level, as one element.</summary>
    private static IElement Section(IElement main, string id, string level = "h2")
    {
        var heading = main.QuerySelector("#" + id) ?? throw new Xunit.Sdk.XunitException($"no #{id} on the statement page");
        Assert.Equal(level.ToUpperInvariant(), heading.TagName);
        var section = main.Owner!.CreateElement("section");
        for (var node = heading.NextElementSibling; node is not null && node.TagName != heading.TagName && !(level == "h3" && node.TagName == "H2"); node = node.NextElementSibling)
        {
            section.AppendChild(node.Clone());
        }

        return section;
    }

    private static bool IsBefore(IElement element, IElement other) =>
        element.CompareDocumentPosition(other).HasFlag(DocumentPositions.Following);
}
