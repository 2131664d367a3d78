using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Validation;

/// <summary>"No published edition" (LB401) comes in the same run as the other findings, not only once they are fixed.</summary>
public sealed class PublishedEditionCheckTests
{
    // The minimal site with its one edition a draft, and a chapter with a broken anchor.
    private static readonly string DraftOnly = MinimalSite.Files.Replace("status: published", "status: draft", StringComparison.Ordinal) + """

        -- content/2024/01-kapitel.md --
        ---
        title: Kapitel
        ---

        Se [avsnittet](#finns-inte).
        """;

    [Fact]
    public void A_site_without_a_published_edition_says_so_beside_its_other_errors()
    {
        using var site = TestSite.FromText(DraftOnly);

        var result = site.Build();

        var codes = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToArray();
        Assert.Equal([DiagnosticCodes.Chapter.BrokenAnchor, DiagnosticCodes.Edition.NoPublishedEdition], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_drafts_a_draft_is_enough()
    {
        using var site = TestSite.FromText(DraftOnly);

        var result = site.Build(drafts: true);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Edition.NoPublishedEdition);
    }
}
