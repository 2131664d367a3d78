namespace Lagesbild.Site.Tests.Support;

/// <summary>The smallest valid content: a site.yml and one published edition, to add files to in a test.</summary>
public static class MinimalSite
{
    public const string Files = """
        -- content/site.yml --
        title: Lägesbild
        description: Test
        language: sv
        owner: Hägersten-Älvsjö stadsdelsförvaltning
        contact: lagesbild@example.se
        """ + "\n" + Fixtures.Statement + "\n" + """
        -- content/2024/edition.yml --
        title: Lägesbild 2024
        published: 2024-12-01
        status: published
        summary: Sammanfattning.
        home_chapter: inledning
        -- content/2024/01-inledning.md --
        ---
        title: Inledning
        ---

        Text i inledningen.

        ## Syfte

        Syftet.
        """;

    /// <summary>A temp site made of the minimal content plus <paramref name="more"/> (<c>-- path --</c> sections).</summary>
    public static TestSite With(string more = "") => TestSite.FromText(Files + "\n" + more);
}
