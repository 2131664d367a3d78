using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;

namespace Lagesbild.Site.Build;

/// <summary>
/// The build, in order: load and validate content → load layouts → render pages (while Node
/// builds the search indexes) → collect the files. Nothing is written here; the caller writes the
/// result only when it has no error.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds; a bug anywhere becomes an internal-error finding (LB900) instead of a crash, so
    /// the CLI exits with 1 and <c>serve</c> keeps running. Content readers and checks report such
    /// bugs at the file they were reading; this catch is for the rest.
    /// </summary>
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return Build(options, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            InternalError.Report(SourceLocation.File(DisplayPath.For(Path.GetFullPath(options.ContentDirectory))), ex, diagnostics);
            return new BuildResult(diagnostics.ToSortedArray(), []);
        }
    }

    private static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics)
    {
        BuildOptionRules.Check(options, diagnostics);
        var site = ContentLoader.Load(options.ContentDirectory, diagnostics, options.IncludeInternal);
        if (site is not null)
        {
            ModelValidator.Validate(site, diagnostics);
            Editions.CopiedTableCheck.Validate(site, diagnostics);
        }

        var layouts = LayoutSet.Load(options.LayoutsDirectory, diagnostics);
        if (site is not null && site.LatestPublished is null && !options.IncludeDrafts && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.Edition.NoPublishedEdition, SourceLocation.File(DisplayPath.For(Path.GetFullPath(options.ContentDirectory))),
                new("Det finns ingen publicerad utgåva att bygga.", "there is no published edition to build"),
                new("Skriv `status: published` i en utgåvas edition.yml, eller bygg med --drafts för att se utkasten.", "set `status: published` in an edition.yml, or build with --drafts"));
        }

        if (site is null || layouts is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedArray(), []);
        }

        var urls = new UrlBuilder(options.BaseUrl ?? site.Settings.BaseUrl, options.SiteUrl ?? site.Settings.Url);
        var assets = AssetSet.Load(layouts.Root, urls);
        LunrIndexBuilder? search = null;
        byte[]? searchRuntime = [];
        if (!options.SkipSearchIndexes)
        {
            search = LunrIndexBuilder.Locate(options.ContentDirectory, options.LayoutsDirectory, diagnostics);
            searchRuntime = search?.BuildRuntime(diagnostics);
            if (search is null || searchRuntime is null)
            {
                // Every page links the search runtime; without it each would report the same problem.
                return new BuildResult(diagnostics.ToSortedArray(), []);
            }
        }

        assets = assets.With(LunrIndexBuilder.RuntimeAssetName, searchRuntime!, urls);
        var renderer = new SiteRenderer(site, urls, new PageRenderer(layouts, assets));
        var editions = site.Editions.Where(e => options.IncludeDrafts || e.Status == EditionStatus.Published).ToList();

        // Node builds the search indexes from the model while the pages render; neither changes it.
        // Deferred (serve), Node runs when serve asks, after the pages are out, so it does not slow them down.
        var searchDiagnostics = options.DeferSearchIndexes ? new DiagnosticBag() : diagnostics;
        List<OutputFile> BuildSearchIndexes() => search is null ? [] : SearchIndexFiles.Build(search, editions, urls, searchDiagnostics, options.SearchIndexCacheDirectory);
        var searchIndexes = options.DeferSearchIndexes ? null : Task.Run(BuildSearchIndexes);
        var pages = renderer.Render(editions, diagnostics);
        // Drafts are previews: never in the sitemap, not even in a --drafts build.
        var drafts = editions.Where(e => e.Status == EditionStatus.Draft).Select(e => $"{e.Year}/").ToList();
        var listed = pages.Where(p => !drafts.Any(d => p.RelativePath.StartsWith(d, StringComparison.Ordinal)));
        var files = pages.AddRange(SitemapWriter.Write(listed, urls)).AddRange(assets.Files);
        if (options.DeferSearchIndexes && !diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedArray(), Sorted(files))
            {
                BuildSearchIndexes = () => new BuildResult(searchDiagnostics.ToSortedArray(), Sorted(BuildSearchIndexes())),
            };
        }

        files = files.AddRange(searchIndexes!.GetAwaiter().GetResult());
        return diagnostics.HasErrors
            ? new BuildResult(diagnostics.ToSortedArray(), [])
            : new BuildResult(diagnostics.ToSortedArray(), Sorted(files));
    }

    private static ImmutableArray<OutputFile> Sorted(IEnumerable<OutputFile> files) =>
        [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
}
