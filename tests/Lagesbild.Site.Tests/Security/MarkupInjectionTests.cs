using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Lagesbild.Site.Build;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Security;

/// <summary>
/// Markup typed into any field of any input file, or into an option that still validates, shows as
/// text and never becomes an element or attribute: the same site built with harmless text of the same
/// length has exactly the same elements and attributes on every page.
/// </summary>
public sealed partial class MarkupInjectionTests
{
    /// <summary>For YAML fields: anything goes, they are data.</summary>
    private const string Payload =
        "X\"><script>alert(1)</script>' onmouseover=x ' </title><meta http-equiv=refresh content=0;url=https://evil> " +
        "{{ site.title }} {% raw %} <img src=x onerror=alert(1)> javascript:alert(1) <!-- ]]> &amp; \\u2028";

    /// <summary>
    /// For Markdown text: tags an editor might paste that are not refused outright (script, handlers and
    /// javascript: URLs are build errors, tested elsewhere), so the build goes on and must show them as text.
    /// </summary>
    private const string MarkdownPayload =
        "Y \"'><b>fet</b><i title=\"x\">{{ site.title }}</i><meta http-equiv=refresh content=0><form action=https://evil><input name=q>&lt;u&gt;";

    [Fact]
    public void Markup_in_every_field_and_option_adds_no_element_or_attribute_to_any_page()
    {
        using var evil = TestSite.FromText(Files(Payload, MarkdownPayload));
        using var harmless = TestSite.FromText(Files(Harmless(Payload), Harmless(MarkdownPayload)));
        // Unusual but valid options: every character they may have.
        static BuildResult BuildWithOptions(TestSite site) =>
            SiteBuilder.Build(site.Options("/a-b_c.d~/") with { SiteUrl = "https://xn--lgesbild-0za.example-1.org:8443" });

        var evilResult = BuildWithOptions(evil);
        var harmlessResult = BuildWithOptions(harmless);

        Assert.True(evilResult.Succeeded, string.Join("\n", evilResult.Diagnostics));
        Assert.True(harmlessResult.Succeeded, string.Join("\n", harmlessResult.Diagnostics));
        var pages = Pages(evilResult);
        Assert.Equal(Pages(harmlessResult), pages);
        Assert.Contains("2024/utskrift/index.html", pages);
        Assert.Contains("tillganglighet/index.html", pages);
        foreach (var path in pages)
        {
            var page = evilResult.Page(path);
            var expected = harmlessResult.Page(path);
            Assert.True(Shape(expected) == Shape(page), $"{path}: elements or attributes differ:\n{Difference(Shape(expected), Shape(page))}");
            Assert.Equal(Scripts(expected), Scripts(page));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }

        // The markup is shown as the text it is, not dropped.
        var chapter = evilResult.Page("2024/inledning/index.html");
        Assert.StartsWith(Payload, chapter.Title, StringComparison.Ordinal);
        Assert.Contains(MarkdownPayload.Replace("&lt;u&gt;", "<u>", StringComparison.Ordinal), chapter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Payload, chapter.QuerySelector("main table caption")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Every page of the site: content pages, print view, search, 404, editions page, redirects.</summary>
    private static List<string> Pages(BuildResult result) =>
        [.. result.Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Each element name and each element/attribute pair, with how often it occurs.</summary>
    private static string Shape(IDocument page) =>
        string.Join("\n", page.All
            .SelectMany(e => e.Attributes.Select(a => $"{e.LocalName}[{a.Name}]").Prepend(e.LocalName))
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} ×{g.Count()}"));

    private static string Difference(string expected, string actual)
    {
        var before = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", after.Except(before).Select(l => "+ " + l).Concat(before.Except(after).Select(l => "- " + l)));
    }

    private static List<string> Scripts(IDocument page) =>
        [.. page.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "<inline>" + s.TextContent)];

    /// <summary>The same text with every character that could be markup replaced by a letter, so lengths and word breaks stay.</summary>
    private static string Harmless(string text) => NotPlain().Replace(text, "x");

    [GeneratedRegex("[^A-Za-z0-9 ]")]
    private static partial Regex NotPlain();

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Files(string p, string md) => new StringBuilder()
        .Append($"""
            -- content/site.yml --
            title: {Q(p)}
            description: {Q(p)}
            language: sv-SE
            organisations:
              - {Q(p)}
            owner: {Q(p)}
            contact: lagesbild@example.se
            -- content/tillganglighet.yml --
            organisation: {Q(p)}
            service: {Q(p)}
            status: delvis förenlig
            assessed: 2024-11-15
            updated: 2024-11-15
            method: extern granskning
            auditor: {Q(p)}
            report: https://example.se/kontakt?amne=tillganglighet
            confirmed: true
            shortcomings:
              - situation: {Q(p)}
                items:
                  - problem: {Q(p)}
                    reason: {Q(p)}
                    instead: {Q(p)}
            disproportionate_burden:
              - content: {Q(p)}
                reason: {Q(p)}
            outside_scope:
              - content: {Q(p)}
                reason: {Q(p)}
            -- content/2024/edition.yml --
            title: {Q(p)}
            subtitle: {Q(p)}
            organisations:
              - {Q(p)}
            published: 2024-12-01
            status: published
            summary: {Q(p)}
            home_chapter: inledning
            -- content/2024/01-inledning.md --
            ---
            title: {Q(p)}
            description: {Q(p)}
            updated: 2025-01-10
            ---

            Text med en fotnot.[^1] {md}

            ## Rubrik {md}

            Se [länk {md}](02-tabeller.md#rubrik-med-tabell) och *{md}*.

            ### Underrubrik

            - {md}

            ::: chart brott
            :::

            ::: table brott
            :::

            [^1]: Fotnot {md}
            -- content/2024/02-tabeller.md --
            ---
            title: {Q(p)}
            ---

            ## Rubrik med tabell

            > {md}

            ::: table brott
            :::
            -- content/2024/data/brott.yml --
            caption: {Q(p)}
            source: {Q(p)}
            notes:
              - marker: "*"
                text: {Q(p)}
            columns:
              - key: namn
                header: {Q(p)}
                type: text
              - group: {Q(p)}
                columns:
                  - key: a2023
                    header: "2023"
                    type: integer
                    marker: "*"
                  - key: a2024
                    header: "2024"
                    type: integer
            rows:
              - [{Q(p)}, 10, 12]
              - group: {Q(p)}
                rows:
                  - cells: [{Q(p + " 2")}, 5, 6]
                    rows:
                      - [{Q(p + " 3")}, 1, 2]
              - cells: [{Q(p + " totalt")}, 16, 20]
                total: true
            """)
        .ToString();
}
