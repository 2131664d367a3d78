using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// A site whose chapter title, heading, paragraph and table carry markup that would run if the
/// search ever rendered report text as HTML. Raw HTML is off in Markdown, so all of it is text.
/// </summary>
public static class XssFixture
{
    public const string Files = Fixtures.MinimalSite + """

        -- content/2024/01-farligt.md --
        ---
        title: "Farlig text <script>window.__xss = 'kapitel'</script>"
        ---

        Inledning om farlig text.

        ## Rubrik med <script>window.__xss = 'rubrik'</script> i sig

        Ett stycke med <img src=x onerror="window.__xss = 'bild'"> och <b>fet</b> text.

        ::: table farlig-tabell
        :::
        -- content/2024/data/farlig-tabell.yml --
        caption: "Tabell med <img src=x onerror=\"window.__xss = 'tabell'\">"
        columns:
          - { key: namn, header: "Namn <script>alert(1)</script>", type: text }
        rows:
          - ["<img src=x onerror=alert(2)>"]
        """;
}
