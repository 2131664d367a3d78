using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Audits;

/// <summary>
/// With JavaScript off (as on some locked-down office PCs) every page still has its text, styles,
/// navigation and tables; only the search and the switcher's script part need JavaScript.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class NoJavaScriptTests(AuditSite site)
{
    [SkippableFact]
    public async Task Pages_show_their_content_styles_and_navigation()
    {
        var views = await NoScript();

        Assert.All(site.NoScriptPages, page =>
        {
            var view = views.GetProperty(page);
            var what = $"/{page} without JavaScript: {view.GetRawText()}";
            Assert.True(view.GetProperty("status").GetInt32() is 200, what);
            Assert.False(string.IsNullOrWhiteSpace(view.GetProperty("h1").GetString()), what);
            Assert.True(view.GetProperty("mainText").GetInt32() > 80, what);
            Assert.True(view.GetProperty("stylesheetLoaded").GetBoolean(), what);
            Assert.True(view.GetProperty("links").GetInt32() > 0, what);
            Assert.Empty(view.GetProperty("hiddenInMain").EnumerateArray().Select(e => e.GetString()));
            Assert.Empty(view.GetProperty("problems").EnumerateArray().Select(e => e.GetString()));
        });
    }

    [SkippableFact]
    public async Task A_chapter_shows_the_chapter_navigation_and_every_table()
    {
        var view = (await NoScript()).GetProperty(site.ChapterPage);

        var navigation = view.GetProperty("navLinks").EnumerateArray().Select(l => l.GetString()).ToList();
        var chapters = site.Result.Page(site.EditionHome + "index.html").QuerySelectorAll("nav.toc a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(chapters);
        Assert.All(chapters, href => Assert.Contains(href, navigation));
        var tables = view.GetProperty("tables").GetInt32();
        Assert.True(tables > 0);
        Assert.Equal(tables, view.GetProperty("visibleTables").GetInt32());
    }

    [SkippableFact]
    public async Task The_print_view_shows_every_chapter_and_table()
    {
        var view = (await NoScript()).GetProperty(site.PrintPage);
        var print = site.Result.Page(site.PrintPage + "index.html");

        // A one-row table's stacked twin is for narrow screens, hidden at this width.
        Assert.Equal(print.QuerySelectorAll("table").Count(t => t.Closest(".table-stacked") is null), view.GetProperty("visibleTables").GetInt32());
        Assert.Equal(print.QuerySelectorAll("section.print-chapter").Length, view.GetProperty("visibleChapters").GetInt32());

        // The text a reader sees without JavaScript is all of the text (the frozen 2024 report's
        // print view was pinned at over 50 000 characters; any content's is compared with its own
        // HTML). innerText splits table cells that textContent runs together, so it has at least as many words.
        // Each chart's narrow drawing and a one-row table's stacked twin are the same figures for
        // narrow screens, hidden at this width, so they are left out of the count.
        foreach (var twin in print.QuerySelectorAll(".chart-narrow, .table-stacked").ToList())
        {
            twin.Remove();
        }

        var words = print.QuerySelector("main")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(view.GetProperty("mainWords").GetInt32() >= words * 0.98, $"{view.GetProperty("mainWords").GetInt32()} of {words} words are visible");
        Assert.True(view.GetProperty("mainText").GetInt32() > 80, view.GetProperty("mainText").GetRawText());
    }

    private async Task<JsonElement> NoScript() => (await site.BrowserAudits()).GetProperty("nojs");
}
