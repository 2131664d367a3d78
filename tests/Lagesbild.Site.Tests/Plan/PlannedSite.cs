using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Plan;

namespace Lagesbild.Site.Tests.Plan;

/// <summary>A small site made in memory, no content files: 2023 published, 2024 a draft, each with two chapters.</summary>
public static class PlannedSite
{
    public static Lagesbild.Site.Model.Site Model()
    {
        var published = Edition(2023, EditionStatus.Published, ["inledning", "skolor"]);
        var draft = Edition(2024, EditionStatus.Draft, ["inledning", "trygghet"]);
        return new Lagesbild.Site.Model.Site(new SiteSettings("Lägesbild", "Testplatsen", "sv", "/", []), [draft, published]);
    }

    public static SitePlan Assemble(bool includeDrafts, string? origin = "https://example.se")
    {
        var diagnostics = new DiagnosticBag();
        var plan = SiteAssembler.Assemble(Model(), includeDrafts, new UrlBuilder("/", origin), diagnostics);
        Assert.Empty(diagnostics.ToSortedArray());
        return plan;
    }

    private static Edition Edition(int year, EditionStatus status, string[] slugs) =>
        new(
            year,
            $"Lägesbild {year}",
            null,
            [],
            new DateOnly(year, 12, 1),
            status,
            $"Läget {year}.",
            slugs[0],
            [.. slugs.Select((slug, i) => Chapter(year, i + 1, slug))],
            ImmutableSortedDictionary<string, DataTable>.Empty,
            SourceLocation.File($"content/{year}/edition.yml"));

    private static Chapter Chapter(int year, int order, string slug)
    {
        var path = $"content/{year}/{order:00}-{slug}.md";
        var document = Markdig.Markdown.Parse("## Syfte\n\nText.\n");
        return new Chapter(order, slug, char.ToUpperInvariant(slug[0]) + slug[1..], null, SourceLocation.File(path), document,
            [new Heading(2, "syfte", "Syfte", new SourceLocation(path, 1, 1))]);
    }
}
