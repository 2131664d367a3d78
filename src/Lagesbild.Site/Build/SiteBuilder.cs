using System.Collections.Immutable;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;
using Lagesbild.Site.Output;
using Lagesbild.Site.Plan;
using Lagesbild.Site.Render;
using Lagesbild.Site.Search;
using Lagesbild.Site.Validation;

namespace Lagesbild.Site.Build;

/// <summary>
/// The build, stage by stage: <b>Load</b> (content with its synonyms, and layouts; each file
/// checked as it is read) → <b>Validate</b> (every rule that spans files, on whatever loaded) →
/// <b>Assemble</b> (the <see cref="SitePlan"/>: every page, anchor and directive) → <b>Search</b>
/// (the <see cref="SearchPlan"/>: documents, fingerprinted index paths, the browser runtime) →
/// <b>Render</b> (pages and the files both plans name) → <b>Index</b> (the search indexes, built in
/// this process while the pages render; after them for <c>serve</c>, not at all for <c>check</c>) →
/// <b>Write</b> (the caller writes the files only when there is no error).
/// This is the only code that knows the order.
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
            InternalError.Report(ContentFolder(options), ex, diagnostics);
            return Failed(diagnostics);
        }
    }

    /// <summary>The index stage on its own, for a build that deferred it (<c>serve</c>).</summary>
    public static ImmutableArray<OutputFile> Index(SearchPlan search) => Sorted(SearchStage.Index(search));

    private static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics)
    {
        // Load
        BuildOptionRules.Check(options, diagnostics);
        var site = ContentLoader.Load(options.ContentDirectory, diagnostics, options.IncludeInternal, options.Paths);
        var layouts = LayoutSet.Load(options.LayoutsDirectory, diagnostics, options.Paths);
        if (site is null)
        {
            return Failed(diagnostics);
        }

        // Validate: every cross-file rule, on a model with errors too, so one run reports everything.
        ModelValidator.Validate(site, diagnostics);
        PublishedEditionCheck.Check(site, options.IncludeDrafts, ContentFolder(options), diagnostics);

        // Assemble: also on a model with errors, so its findings (charts) join the others.
        var urls = new UrlBuilder(options.BaseUrl ?? site.Settings.BaseUrl, options.SiteUrl ?? site.Settings.Url);
        var plan = SiteAssembler.Assemble(site, options.IncludeDrafts, urls, diagnostics);
        OutputNameCheck.Check(plan, diagnostics);

        if (layouts is null || diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        // Search: one plan of what search adds (documents, file names, runtime), read by Render.
        var search = SearchStage.Plan(plan, site.Thesaurus, options.Search);
        var assets = AssetSet.Load(layouts.Root, layouts.Paths, new Dictionary<string, byte[]> { [SearchRuntime.AssetName] = search.Runtime }, urls, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics);
        }

        // The PDFs the pdf command made from a first build (none for a plain build), per edition built.
        plan = plan with { Pdfs = options.Pdfs.Where(pdf => plan.Editions.Any(e => e.Year == pdf.Key)).ToImmutableDictionary() };

        // Render, with Index beside it: the indexes are built from the search plan while the pages
        // render; neither changes it. Deferred (serve), serve builds them after the pages are out.
        var indexing = search.Mode == SearchMode.Inline ? Task.Run(() => SearchStage.Index(search)) : null;
        var files = new SiteRenderer(plan, search, new PageRenderer(layouts, assets)).Render(diagnostics).AddRange(assets.Files);
        if (indexing is not null)
        {
            files = files.AddRange(indexing.GetAwaiter().GetResult());
        }

        // Write is the caller's, and only for a build without errors.
        return diagnostics.HasErrors
            ? Failed(diagnostics)
            : new BuildResult(diagnostics.ToSortedArray(), Sorted(files))
            {
                Plan = plan,
                Search = search,
            };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedArray(), []);

    private static SourceLocation ContentFolder(BuildOptions options) =>
        SourceLocation.File(options.Paths.For(Path.GetFullPath(options.ContentDirectory)));

    private static ImmutableArray<OutputFile> Sorted(IEnumerable<OutputFile> files) =>
        [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
}
