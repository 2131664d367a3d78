using System.Text.Json;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Browser;

/// <summary>
/// The frozen report as a reader sees it in Chromium at 320, 390 and 1280 px, light and dark
/// (tests/tools/reader-view.mjs): the page never scrolls sideways, a table that scrolls keeps its
/// row headers in view and fades at the cut edge, no table scrolls on a desktop, chart text is
/// never under 12 px, and Tab moves down the page (or on to a column to the right), never back up.
/// </summary>
public sealed class ReaderViewTests
{
    private static readonly string[] Pages = ["2024/", "2024/skolor/", "2024/socialtjanstrapporten/", "2024/brottsligheten/", "2024/stadsdelsomradet/"];

    private static readonly Lazy<JsonElement> Views = new(Run);

    public static TheoryData<int, string> Modes => new() { { 320, "light" }, { 320, "dark" }, { 390, "light" }, { 390, "dark" }, { 1280, "light" }, { 1280, "dark" } };

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void The_page_never_scrolls_sideways(int width, string scheme)
    {
        foreach (var view in ViewsAt(width, scheme))
        {
            Assert.True(view.GetProperty("pageScrollWidth").GetInt32() <= width,
                $"{Name(view)} is {view.GetProperty("pageScrollWidth").GetInt32()} px wide: {view.GetProperty("wider")}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void Chart_text_is_at_least_12_px_uncrossed_and_no_chart_scrolls(int width, string scheme)
    {
        var charts = ViewsAt(width, scheme).Where(v => v.GetProperty("chartCount").GetInt32() > 0).ToList();

        Assert.NotEmpty(charts);
        foreach (var view in charts)
        {
            Assert.True(view.GetProperty("chartClashes").GetArrayLength() == 0, $"{Name(view)}: {view.GetProperty("chartClashes")}");
            Assert.True(view.GetProperty("minChartFont").GetDouble() >= 12, $"{Name(view)}: chart text at {view.GetProperty("minChartFont").GetDouble():0.0} px");
            Assert.All(view.GetProperty("charts").EnumerateArray(), chart =>
                Assert.True(chart.GetProperty("right").GetDouble() <= width, $"{Name(view)}: chart {chart.GetProperty("id")} ends at {chart.GetProperty("right").GetDouble()} px"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void A_table_that_scrolls_keeps_its_row_headers_in_view_and_shows_that_it_scrolls(int width, string scheme)
    {
        var tables = ViewsAt(width, scheme).SelectMany(v => v.GetProperty("tables").EnumerateArray().Select(t => (View: v, Table: t))).ToList();
        var scrolling = tables.Where(t => t.Table.GetProperty("scrolls").GetBoolean()).ToList();

        Assert.NotEmpty(tables);
        if (width >= 1280)
        {
            Assert.True(scrolling.Count == 0, "tables scroll on a desktop: " + string.Join(", ", scrolling.Select(t => $"{t.Table.GetProperty("id")} by {t.Table.GetProperty("overflow")} px")));
            return;
        }

        Assert.NotEmpty(scrolling);
        foreach (var (view, table) in scrolling)
        {
            Assert.True(table.GetProperty("rowHeaderInView").GetBoolean(), $"{Name(view)}: {table.GetProperty("id")} loses its row headers when scrolled");
            Assert.True(table.GetProperty("headerInView").GetBoolean(), $"{Name(view)}: {table.GetProperty("id")} loses its header row when scrolled down");
            Assert.True(table.GetProperty("opaque").GetBoolean(), $"{Name(view)}: {table.GetProperty("id")} has see-through sticky cells");
            Assert.True(table.GetProperty("cue").GetBoolean(), $"{Name(view)}: {table.GetProperty("id")} gives no cue that it scrolls");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void The_school_results_read_without_sideways_scrolling(int width, string scheme)
    {
        var school = ViewsAt(width, scheme).Single(v => v.GetProperty("page").GetString() == "2024/skolor/");
        var results = school.GetProperty("tables").EnumerateArray()
            .Where(t => t.GetProperty("id").GetString()!.StartsWith("tabell-resultat-ak", StringComparison.Ordinal) && t.GetProperty("shown").GetBoolean())
            .ToList();

        Assert.Equal(2, results.Count);
        Assert.All(results, t => Assert.False(t.GetProperty("scrolls").GetBoolean(), $"{t.GetProperty("id")} scrolls at {width} px"));
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public void Tab_moves_down_the_page_or_on_to_a_column_to_the_right(int width, string scheme)
    {
        foreach (var view in ViewsAt(width, scheme))
        {
            var stops = view.GetProperty("focus").EnumerateArray().ToList();
            Assert.True(stops.Count > 5, $"{Name(view)}: {stops.Count} tab stops");
            for (var i = 1; i < stops.Count; i++)
            {
                var (before, after) = (stops[i - 1], stops[i]);
                var down = after.GetProperty("top").GetDouble() >= before.GetProperty("top").GetDouble() - 4;
                var right = after.GetProperty("left").GetDouble() > before.GetProperty("left").GetDouble() + 40;
                Assert.True(down || right,
                    $"{Name(view)}: tab stop {i + 1} \"{after.GetProperty("text")}\" ({after.GetProperty("top").GetDouble():0} px) is above \"{before.GetProperty("text")}\" ({before.GetProperty("top").GetDouble():0} px)");
            }
        }
    }

    [SkippableFact]
    public void A_search_hit_marks_the_words_in_its_section_until_the_reader_clears_them()
    {
        var landing = Views.Value.GetProperty("landings")[0];
        var before = landing.GetProperty("before");
        var after = landing.GetProperty("after");

        Assert.NotEmpty(before.GetProperty("marks").EnumerateArray());
        Assert.All(before.GetProperty("marks").EnumerateArray(), m => Assert.Contains("narkotik", m.GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, before.GetProperty("marksOutsideTarget").GetInt32());
        Assert.True(before.GetProperty("targets").GetInt32() > 0);
        Assert.Contains("Ta bort markeringen", before.GetProperty("bar").GetString());
        Assert.True(before.GetProperty("barInView").GetBoolean(), "the highlight bar is not on screen where the reader lands");
        Assert.Equal(0, after.GetProperty("marks").GetInt32());
        Assert.Equal(0, after.GetProperty("targets").GetInt32());
        Assert.Equal("", after.GetProperty("search").GetString());
        Assert.Equal("#narkotikabrottsligheten", after.GetProperty("hash").GetString());
    }

    [SkippableFact]
    public void Slash_goes_to_search_and_hits_only_a_corrected_spelling_finds_say_so_with_a_visible_count()
    {
        var search = Views.Value.GetProperty("searches")[0];

        Assert.Equal("sok_falt", search.GetProperty("focused").GetString());
        Assert.Equal("/", search.GetProperty("shortcut").GetString());
        Assert.Contains("/", search.GetProperty("placeholder").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Visar träffar för ”narkotika”.", search.GetProperty("corrected").GetString(), StringComparison.Ordinal);
        Assert.True(search.GetProperty("countVisible").GetBoolean(), "the header panel shows no count");
        Assert.Matches("^[0-9]+ träffar för ”narkotika”\\.", search.GetProperty("count").GetString());
        Assert.Equal(search.GetProperty("count").GetString(), search.GetProperty("status").GetString());
    }

    private static IEnumerable<JsonElement> ViewsAt(int width, string scheme) =>
        Views.Value.GetProperty("views").EnumerateArray()
            .Where(v => v.GetProperty("width").GetInt32() == width && v.GetProperty("scheme").GetString() == scheme);

    private static string Name(JsonElement view) =>
        $"/{view.GetProperty("page").GetString()} at {view.GetProperty("width").GetInt32()} px {view.GetProperty("scheme").GetString()}";

    private static JsonElement Run()
    {
        Chromium.RequireOrSkip();
        NodeTools.EnsureTestToolsInstalled();
        var site = SharedBuilds.FrozenOnDisk;
        var section = site.Result.Files.Any(f => f.RelativePath == "2024/brottsligheten/index.html") ? "2024/brottsligheten/?hl=narkotikabrott#narkotikabrottsligheten" : "";
        var request = JsonSerializer.Serialize(new { pages = Pages, widths = new[] { 320, 390, 1280 }, schemes = new[] { "light", "dark" }, landings = new[] { section }, searches = new[] { new { page = "2024/brottsligheten/", query = "narkotka" } } });
        var output = NodeTools.Run(Path.Combine(NodeTools.TestToolsDirectory, "reader-view.mjs"), ["--site", site.Directory, "--chromium", Chromium.Path], request, TimeSpan.FromMinutes(8));
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
