using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Model;

/// <summary>One yearly edition of the report: its metadata, chapters in reading order and data tables by id.</summary>
public sealed record Edition(
    int Year,
    string Title,
    string? Subtitle,
    ImmutableArray<string> Organisations,
    DateOnly Published,
    EditionStatus Status,
    string Summary,
    string? HomeChapterSlug,
    ImmutableArray<Chapter> Chapters,
    ImmutableSortedDictionary<string, DataTable> Tables,
    SourceLocation Location)
{
    /// <summary>Where <c>home_chapter</c> is written, for reporting an unknown slug.</summary>
    public SourceLocation? HomeChapterLocation { get; init; }

    /// <summary>
    /// The district the report is about (<c>focus_district: Hägersten-Älvsjö</c>): a chart's bar and
    /// a table's row with this name are emphasised among the others, not by colour alone.
    /// </summary>
    public string? FocusDistrict { get; init; }

    /// <summary>
    /// Every table file in <c>data/</c> by id, loaded or not, with the path findings name: a
    /// directive naming a table whose file has errors is not reported a second time as unknown,
    /// and a file no chapter places is reported at the file.
    /// </summary>
    public ImmutableSortedDictionary<string, string> TableFiles { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// Every <c>:::</c> line of every chapter file as written, internal chapters and blocks
    /// included: a public build's parse drops those, yet a table they place is not unplaced.
    /// </summary>
    public ImmutableArray<string> DirectiveLines { get; init; } = [];

    /// <summary>
    /// True when edition.yml could not be read (its error is already reported) and the status is a stand-in:
    /// checks that depend on the status skip the edition instead of reporting what follows from a guess.
    /// </summary>
    public bool StatusUnknown { get; init; }

    /// <summary>
    /// The tables this edition's chapters place (charts look this up for every earlier edition, so
    /// it is read from the documents once, not per lookup).
    /// </summary>
    public System.Collections.Frozen.FrozenSet<string> PlacedTableIds { get; } = TablePlacement.PlacedIds(Chapters);

    /// <summary>
    /// The pictures the chapters show, by the address as written in <c>![alt](address)</c>, so the
    /// renderer looks each one up instead of resolving the path again.
    /// </summary>
    public ImmutableSortedDictionary<string, EditionImage> Images { get; init; } =
        ImmutableSortedDictionary<string, EditionImage>.Empty.WithComparers(StringComparer.Ordinal);

    public Chapter? FindChapter(string slug) => Chapters.FirstOrDefault(c => c.Slug == slug);
}
