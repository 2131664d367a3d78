namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// The smallest valid site, defined once, for tests to extend with the files they are about
/// (<c>-- path --</c> sections, see <see cref="TestSite.FromText"/>).
/// </summary>
public static class MinimalSite
{
    /// <summary>A complete accessibility statement, which every site needs to build (LB800).</summary>
    public const string Statement = """
        -- content/tillganglighet.yml --
        organisation: Hägersten-Älvsjö stadsdelsförvaltning
        service: Lägesbild
        status: helt förenlig
        assessed: 2025-01-15
        updated: 2025-01-15
        method: självskattning
        report: lagesbild@example.se
        confirmed: true
        """;

    /// <summary>site.yml, the statement and one published edition, 2024, without chapters.</summary>
    public const string Files = """
        -- content/site.yml --
        title: Lägesbild
        description: Test
        language: sv
        owner: Hägersten-Älvsjö stadsdelsförvaltning
        contact: lagesbild@example.se
        """ + "\n" + Statement + "\n" + """
        -- content/2024/edition.yml --
        title: Lägesbild 2024
        published: 2024-12-01
        status: published
        summary: En sammanfattning.
        """;

    /// <summary>The chapter <c>inledning</c> of 2024, with one section (<c>syfte</c>).</summary>
    public const string Introduction = """
        -- content/2024/01-inledning.md --
        ---
        title: Inledning
        ---

        Text i inledningen.

        ## Syfte

        Syftet.
        """;

    /// <summary>A temp site of the minimal files, the chapter <c>inledning</c> and <paramref name="more"/>.</summary>
    public static TestSite With(string more = "") => TestSite.FromText(Files + "\n" + Introduction + "\n" + more);

    /// <summary>The minimal files plus one chapter that places the table <c>t</c>, whose file is <paramref name="tableYaml"/>.</summary>
    public static string WithTable(string tableYaml) => Files + """

        -- content/2024/01-kapitel.md --
        ---
        title: Kapitel
        ---

        Text före tabellen.

        ::: table t
        :::

        -- content/2024/data/t.yml --

        """ + tableYaml;
}
