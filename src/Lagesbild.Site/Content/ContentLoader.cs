using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Content;

/// <summary>
/// Walks <c>content/</c>: <c>site.yml</c>, then every year folder with its <c>edition.yml</c>,
/// chapters and data tables. Problems become diagnostics; reading goes on past them.
/// </summary>
public static partial class ContentLoader
{
    /// <summary>
    /// Loads every edition. Without <paramref name="includeInternal"/>, chapters with
    /// <c>visibility: internal</c> are still read and checked, but left out of the model.
    /// </summary>
    public static Model.Site? Load(string contentRoot, DiagnosticBag diagnostics, bool includeInternal = false)
    {
        var root = Path.GetFullPath(contentRoot);
        var siteFile = Path.Combine(root, "site.yml");
        if (!File.Exists(siteFile))
        {
            diagnostics.Error(DiagnosticCodes.Edition.MissingEditionFile, SourceLocation.File(DisplayPath.For(siteFile)),
                "site.yml is missing", $"create {DisplayPath.For(siteFile)} with at least `title: Lägesbild`, or pass --content DIR");
            return null;
        }

        var settings = SiteFileReader.Read(siteFile, DisplayPath.For(siteFile), diagnostics);
        var parser = MarkdownPipelineFactory.CreateParser(includeInternal);
        var editions = new List<Edition>();
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            if (!YearFolder().IsMatch(name) || IsOutsideLink(directory, diagnostics))
            {
                continue;
            }

            var edition = LoadEdition(directory, int.Parse(name, CultureInfo.InvariantCulture), parser, includeInternal, diagnostics);
            if (edition is not null)
            {
                editions.Add(edition);
            }
        }

        return settings is null ? null : new Model.Site(settings, [.. editions.OrderByDescending(e => e.Year)]);
    }

    private static Edition? LoadEdition(string directory, int year, Markdig.MarkdownPipeline parser, bool includeInternal, DiagnosticBag diagnostics)
    {
        var editionFile = Path.Combine(directory, "edition.yml");
        if (!File.Exists(editionFile))
        {
            diagnostics.Error(DiagnosticCodes.Edition.MissingEditionFile, SourceLocation.File(DisplayPath.For(directory)),
                $"the edition folder {year} has no edition.yml", "copy edition.yml from another year's folder and update it");
            return null;
        }

        var metadata = EditionFileReader.Read(editionFile, DisplayPath.For(editionFile), diagnostics);
        var chapters = Directory.EnumerateFiles(directory, "*.md")
            .Order(StringComparer.Ordinal)
            .Where(path => !IsOutsideLink(path, diagnostics))
            .AsParallel().AsOrdered()
            .Select(path => ChapterFileReader.Read(path, DisplayPath.For(path), parser, diagnostics))
            .OfType<Chapter>()
            .Where(c => includeInternal || !c.IsInternal)
            .OrderBy(c => c.Order)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        var tables = LoadTables(Path.Combine(directory, "data"), diagnostics);
        if (metadata is null)
        {
            return null;
        }

        return new Edition(year, metadata.Title, metadata.Subtitle, metadata.Organisations, metadata.Published, metadata.Status,
            metadata.Summary, metadata.HomeChapterSlug, chapters, tables, SourceLocation.File(DisplayPath.For(editionFile)))
        {
            HomeChapterLocation = metadata.HomeChapterLocation,
            TableFileIds = TableFileIds(Path.Combine(directory, "data")),
            Images = Images.EditionImageLoader.Load(directory, year, chapters, diagnostics),
        };
    }

    private static ImmutableSortedDictionary<string, DataTable> LoadTables(string dataDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(dataDirectory))
        {
            return ImmutableSortedDictionary<string, DataTable>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var tables = Directory.EnumerateFiles(dataDirectory, "*.yml")
            .Order(StringComparer.Ordinal)
            .Where(path => !IsOutsideLink(path, diagnostics))
            .Select(path => DataTableFileReader.Read(Path.GetFileNameWithoutExtension(path), path, DisplayPath.For(path), diagnostics))
            .OfType<DataTable>();
        return tables.ToImmutableSortedDictionary(t => t.Id, t => t, StringComparer.Ordinal);
    }

    private static ImmutableSortedSet<string> TableFileIds(string dataDirectory) =>
        Directory.Exists(dataDirectory)
            ? ImmutableSortedSet.CreateRange(StringComparer.Ordinal, Directory.EnumerateFiles(dataDirectory, "*.yml").Select(path => Path.GetFileNameWithoutExtension(path)))
            : ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Symbolic links could make the build read files outside content/, so they are refused.</summary>
    private static bool IsOutsideLink(string path, DiagnosticBag diagnostics)
    {
        if (new FileInfo(path).LinkTarget is null)
        {
            return false;
        }

        diagnostics.Error(DiagnosticCodes.Edition.UnsafePath, SourceLocation.File(DisplayPath.For(path)),
            "symbolic links are not allowed in content/", "replace the link with a copy of the file");
        return true;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearFolder();
}
