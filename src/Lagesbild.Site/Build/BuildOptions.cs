using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Search;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Build;

/// <summary>
/// Where to read content and layouts, where to write, under which base path the site is served,
/// and whether draft editions and internal content are included.
/// </summary>
public sealed record BuildOptions(
    string ContentDirectory,
    string LayoutsDirectory,
    string OutputDirectory,
    string? BaseUrl,
    bool IncludeDrafts = false,
    bool IncludeInternal = false,
    string? SiteUrl = null)
{
    /// <summary>
    /// When the search indexes are built: with the pages (<c>build</c>), after them (<c>serve</c>,
    /// so an edit is on screen at once) or not at all (<c>check</c>, which writes nothing).
    /// </summary>
    public SearchMode Search { get; init; } = SearchMode.Inline;

    /// <summary>
    /// The folder paths in messages are relative to: the command line passes the folder it runs
    /// in, tests their site's folder. Without one, paths are shown in full; the working directory
    /// is never read here, so a build's messages do not depend on where it runs.
    /// </summary>
    public string? DisplayRoot { get; init; }

    /// <summary>How paths are named in this build's messages (see <see cref="DisplayRoot"/>).</summary>
    public DisplayPath Paths => new(DisplayRoot);

    /// <summary>
    /// The editions' PDFs to publish, by year (the <c>pdf</c> command makes them from a first
    /// build without them); an edition not in here gets no PDF and no link to one.
    /// </summary>
    public ImmutableDictionary<int, EditionPdf> Pdfs { get; init; } = ImmutableDictionary<int, EditionPdf>.Empty;
}
