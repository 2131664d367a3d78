using System.Text.Json;
using AngleSharp.Dom;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>
/// editions.js in a real browser: the switcher lists the published editions and keeps the reader's
/// chapter and section, older editions get the "newer edition" notice, and senaste/ keeps the #section.
/// </summary>
public sealed class EditionsScriptBrowserTests(EditionsScriptBrowser browser) : IClassFixture<EditionsScriptBrowser>
{
    private Task<IDocument> Open(string path) => browser.Open(path);

    [SkippableFact]
    public async Task An_older_chapter_links_to_the_same_chapter_and_section_in_every_edition_and_says_there_is_a_newer_one()
    {
        var page = await Open("2022/brottsligheten/#narkotika");

        var items = page.QuerySelectorAll("nav.edition-switcher .edition-list li");
        Assert.Equal(["2023", "2022"], items.Select(li => li.NormalizedText()));
        Assert.Equal("/2023/brottsligheten/#narkotika", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("true", items[1].QuerySelector(".edition-current")!.GetAttribute("aria-current"));
        Assert.Equal("/utgavor/", page.QuerySelector("a.edition-switcher-all")!.GetAttribute("href"));

        var notice = page.QuerySelector(".edition-notice")!;
        Assert.Equal("Du läser Lägesbild 2022. Senaste utgåvan är 2023 →", notice.NormalizedText());
        Assert.Equal("/2023/brottsligheten/#narkotika", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task A_section_or_chapter_the_other_edition_lacks_leads_to_its_chapter_or_home()
    {
        // #ran is a section of 2022's chapter only: the link keeps the chapter and drops the section
        var section = await Open("2022/brottsligheten/#ran");
        Assert.Equal("/2023/brottsligheten/", section.QuerySelector(".edition-notice a")!.GetAttribute("href"));

        // trygghetsvandringar is a chapter of 2022 only: the link leads to the 2023 home
        var chapter = await Open("2022/trygghetsvandringar/");
        Assert.Equal("/2023/", chapter.QuerySelector(".edition-notice a")!.GetAttribute("href"));
        Assert.Equal("/2023/", chapter.QuerySelector(".edition-list a")!.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task The_latest_edition_has_no_notice_and_a_draft_shows_itself_only_in_its_own_switcher()
    {
        var latest = await Open("2023/skolor/");
        Assert.Null(latest.QuerySelector(".edition-notice"));
        Assert.Equal(["2023", "2022"], latest.QuerySelectorAll(".edition-list li").Select(li => li.NormalizedText()));
        Assert.Equal("/2022/", latest.QuerySelector(".edition-list a")!.GetAttribute("href"));

        var draft = await Open("2024/inledning/#syfte");
        Assert.Equal(["2024 (utkast)", "2023", "2022"], draft.QuerySelectorAll(".edition-list li").Select(li => li.NormalizedText()));
        Assert.Equal("/2023/inledning/#syfte", draft.QuerySelector(".edition-list a")!.GetAttribute("href"));
        Assert.Null(draft.QuerySelector(".edition-notice"));
        Assert.NotNull(draft.QuerySelector(".draft-banner"));
    }

    [SkippableFact]
    public async Task Senaste_leads_to_the_latest_edition_keeping_the_section()
    {
        var page = await Open("senaste/brottsligheten/#narkotika");

        var switcher = page.QuerySelector("nav.edition-switcher")!;
        Assert.Equal(("2023", "brottsligheten"), (switcher.GetAttribute("data-year"), switcher.GetAttribute("data-slug")));
        Assert.Equal("Beskrivning av brottsligheten", page.QuerySelector("main h1")!.NormalizedText());

        // The switcher on the page we landed on was built from its location, #narkotika included
        Assert.Equal("/2022/brottsligheten/#narkotika", page.QuerySelector(".edition-list a")!.GetAttribute("href"));
    }
}
