namespace Lagesbild.Site.Tests.Support;

/// <summary>The smallest valid site, for tests to extend with the files they are about.</summary>
public static class Fixtures
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

    public const string MinimalSite = """
        -- content/site.yml --
        title: Lägesbild
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

    /// <summary>A minimal site plus one chapter that places the table <c>t</c>, followed by the given files.</summary>
    public static string WithTable(string tableYaml) => MinimalSite + """

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
