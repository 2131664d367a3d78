using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Search;

/// <summary>
/// A site whose chapter title, heading, paragraph and table carry markup that would run if the
/// search ever rendered report text as HTML. In the chapter the markup is escaped or in code, as
/// the build refuses raw `&lt;script&gt;` and `onerror`; on the page all of it is text.
/// </summary>
public static class XssFixture
{
    public const string Files = MinimalSite.Files + """

        -- content/2024/01-farligt.md --
        ---
        title: "Farlig text <script>window.__xss = 'kapitel'</script>"
        ---

        Inledning om farlig text.

        ## Rubrik med \<script>window.__xss = 'rubrik'\</script> i sig

        Ett stycke med \<img src=x onerror="window.__xss = 'bild'"> och `<img src=x onerror=alert(3)>` i kod.

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
