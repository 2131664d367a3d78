using System.Collections.Immutable;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Markdown;
using Lagesbild.Site.Model;
using Lagesbild.Site.Model.Thesaurus;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Content;

/// <summary>
/// Walks <c>content/</c>: <c>site.yml</c>, then every year folder with its <c>edition.yml</c>,
/// chapters and data tables, and the synonym files beside them. Each file is checked on its own
/// here; what spans files is Validation's. Problems become diagnostics; reading goes on past them,
/// and no file or folder is skipped without a finding.
/// </summary>
public static class ContentLoader
{
    /// <summary>
    /// Loads every edition. Without <paramref name="includeInternal"/>, chapters with
    /// <c>visibility: internal</c> are still read and checked, but left out of the model. A broken
    /// <c>site.yml</c> or <c>edition.yml</c> is reported and stood in for, so the chapters and
    /// tables are still checked in the same run; null only when there is no content folder at all.
    /// </summary>
    public static Model.Site? Load(string contentRoot, DiagnosticBag diagnostics, bool includeInternal = false, DisplayPath? display = null)
    {
        var paths = display ?? DisplayPath.Full;
        var root = new DirectoryInfo(Path.GetFullPath(contentRoot));
        var siteFile = Path.Combine(root.FullName, "site.yml");
        if (!root.Exists)
        {
            ContentFindings.MissingContentFolder(paths.For(root.FullName), diagnostics);
            return null;
        }

        if (!File.Exists(siteFile) && !root.EnumerateDirectories().Any(d => ContentEntries.EditionYear(d.Name) is not null))
        {
            // Most likely the wrong --content folder: one finding, not one per folder in it.
            ContentFindings.MissingSiteFile(paths.For(siteFile), diagnostics);
            return null;
        }

        var parser = new ChapterParser(keepInternal: includeInternal);
        SiteSettings? settings = null;
        Model.Statement.AccessibilityStatement? statement = null;
        var editions = new List<Edition>();
        SynonymFile? siteSynonyms = null;
        var editionSynonyms = ImmutableDictionary.CreateBuilder<int, SynonymFile>();
        foreach (var entry in Entries(root))
        {
            var displayPath = paths.For(entry.FullName);
            if (entry.LinkTarget is not null)
            {
                ContentFindings.SymbolicLink(displayPath, diagnostics);
            }
            else if (entry is DirectoryInfo directory && ContentEntries.EditionYear(entry.Name) is { } year)
            {
                editions.Add(LoadEdition(directory, year, parser, includeInternal, paths, editionSynonyms, diagnostics));
            }
            else if (entry is DirectoryInfo && !ContentEntries.IsSystemFile(entry.Name))
            {
                ContentFindings.NotAnEdition(displayPath, entry.Name, diagnostics);
            }
            else if (entry.Name == "site.yml")
            {
                settings = FileGuard.Read(displayPath, diagnostics, () => SiteFileReader.Read(entry.FullName, displayPath, diagnostics));
            }
            else if (entry is FileInfo && entry.Name == SynonymFileReader.FileName)
            {
                siteSynonyms = FileGuard.Read(displayPath, diagnostics, () => SynonymFileReader.Read(entry.FullName, displayPath, diagnostics));
            }
            else if (entry is FileInfo && entry.Name == StatementFileReader.FileName)
            {
                statement = FileGuard.Read(displayPath, diagnostics, () => StatementFileReader.Read(entry.FullName, displayPath, diagnostics));
            }
            else if (!ContentEntries.IsSystemFile(entry.Name))
            {
                ContentFindings.Unexpected(displayPath, entry.Name, isFolder: false, diagnostics);
            }
        }

        if (!File.Exists(siteFile))
        {
            ContentFindings.MissingSiteFile(paths.For(siteFile), diagnostics);
        }

        var statementFile = Path.Combine(root.FullName, StatementFileReader.FileName);
        if (!File.Exists(statementFile))
        {
            // Fail closed: a public body may not publish the site without its accessibility statement.
            ContentFindings.MissingStatement(paths.For(statementFile), diagnostics);
        }

        // Stand-in settings only ever come with an error already reported, so nothing is built with them.
        settings ??= new SiteSettings("Lägesbild", "", "sv", "/", []);
        return new Model.Site(settings, [.. editions.OrderByDescending(e => e.Year)])
        {
            Statement = statement,
            Thesaurus = new SiteThesaurus(siteSynonyms, editionSynonyms.ToImmutable()),
        };
    }

    private static Edition LoadEdition(
        DirectoryInfo directory, int year, ChapterParser parser, bool includeInternal, DisplayPath paths,
        ImmutableDictionary<int, SynonymFile>.Builder synonyms, DiagnosticBag diagnostics)
    {
        EditionMetadata? metadata = null;
        var chapterFiles = new List<FileInfo>();
        DirectoryInfo? dataDirectory = null;
        foreach (var entry in Entries(directory))
        {
            var displayPath = paths.For(entry.FullName);
            if (entry.LinkTarget is not null)
            {
                ContentFindings.SymbolicLink(displayPath, diagnostics);
            }
            else if (ContentEntries.IsSystemFile(entry.Name) || (entry is FileInfo && ContentEntries.IsImage(entry.Name)))
            {
                continue;
            }
            else if (entry is DirectoryInfo folder && entry.Name == "data")
            {
                dataDirectory = folder;
            }
            else if (entry is DirectoryInfo pictures && !pictures.Name.Equals("data", StringComparison.OrdinalIgnoreCase) && HoldsImages(pictures))
            {
                // A folder of maps and pictures (bilder/); the image step publishes those a chapter shows.
                CheckImageFolder(pictures, paths, diagnostics);
            }
            else if (entry is FileInfo && entry.Name == SynonymFileReader.FileName)
            {
                if (FileGuard.Read(displayPath, diagnostics, () => SynonymFileReader.Read(entry.FullName, displayPath, diagnostics)) is { } own)
                {
                    synonyms[year] = own;
                }
            }
            else if (entry is FileInfo && entry.Name == "edition.yml")
            {
                metadata = FileGuard.Read(displayPath, diagnostics, () => EditionFileReader.Read(entry.FullName, displayPath, diagnostics));
            }
            else if (entry is FileInfo file && ContentEntries.IsChapter(entry.Name))
            {
                chapterFiles.Add(file);
            }
            else
            {
                ContentFindings.Unexpected(displayPath, entry.Name, entry is DirectoryInfo, diagnostics);
            }
        }

        var editionFile = Path.Combine(directory.FullName, "edition.yml");
        if (!File.Exists(editionFile))
        {
            ContentFindings.MissingEditionFile(paths.For(directory.FullName), year, diagnostics);
        }

        var chapterSources = chapterFiles
            .AsParallel().AsOrdered()
            .Select(file => ReadChapter(file, parser, paths, diagnostics))
            .ToList();
        var allChapters = chapterSources.Select(c => c.Chapter).OfType<Chapter>().ToList();
        var tableFiles = TableFiles(dataDirectory, paths, diagnostics);
        var tables = tableFiles
            .Select(file => FileGuard.Read(paths.For(file.FullName), diagnostics,
                () => DataTableFileReader.Read(Path.GetFileNameWithoutExtension(file.Name), file.FullName, paths.For(file.FullName), diagnostics)))
            .OfType<DataTable>()
            .ToImmutableSortedDictionary(t => t.Id, t => t, StringComparer.Ordinal);

        // Stand-in metadata only ever comes with an error already reported, so the chapters are still checked but nothing is built.
        var statusUnknown = metadata is null;
        metadata ??= new EditionMetadata($"Lägesbild {year}", null, [], new DateOnly(year, 1, 1), EditionStatus.Published, "", null, null);
        var chapters = allChapters
            .Where(c => includeInternal || !c.IsInternal)
            .OrderBy(c => c.Order)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Edition(year, metadata.Title, metadata.Subtitle, metadata.Organisations, metadata.Published, metadata.Status,
            metadata.Summary, metadata.HomeChapterSlug, chapters, tables, SourceLocation.File(paths.For(editionFile)))
        {
            HomeChapterLocation = metadata.HomeChapterLocation,
            StatusUnknown = statusUnknown,
            FocusDistrict = metadata.FocusDistrict,
            TableFiles = tableFiles.ToImmutableSortedDictionary(f => Path.GetFileNameWithoutExtension(f.Name), f => paths.For(f.FullName), StringComparer.Ordinal),
            DirectiveLines = [.. chapterSources.SelectMany(c => DirectiveLinesOf(c.Text))],
            Images = Images.EditionImageLoader.Load(directory.FullName, year, chapters, paths.For, diagnostics),
        };
    }

    /// <summary>The table files in <c>data/</c>; anything else there is reported.</summary>
    private static List<FileInfo> TableFiles(DirectoryInfo? dataDirectory, DisplayPath paths, DiagnosticBag diagnostics)
    {
        var files = new List<FileInfo>();
        foreach (var entry in dataDirectory is null ? [] : Entries(dataDirectory))
        {
            var displayPath = paths.For(entry.FullName);
            if (entry.LinkTarget is not null)
            {
                ContentFindings.SymbolicLink(displayPath, diagnostics);
            }
            else if (entry is FileInfo file && ContentEntries.IsTable(entry.Name))
            {
                files.Add(file);
            }
            else if (!ContentEntries.IsSystemFile(entry.Name))
            {
                ContentFindings.Unexpected(displayPath, entry.Name, entry is DirectoryInfo, diagnostics);
            }
        }

        return files;
    }

    /// <summary>
    /// A chapter file read once: its text is kept beside the chapter, since directives inside
    /// <c>::: internal</c> are gone from a public build's parse but still place their tables.
    /// </summary>
    private static ChapterSource ReadChapter(FileInfo file, ChapterParser parser, DisplayPath paths, DiagnosticBag diagnostics)
    {
        var displayPath = paths.For(file.FullName);
        return FileGuard.Read(displayPath, diagnostics, () =>
        {
            if (!ChapterFileReader.HasChapterName(displayPath, diagnostics))
            {
                return null;
            }

            var text = ContentText.Read(file.FullName, displayPath, diagnostics);
            return text is null ? null : new ChapterSource(ChapterFileReader.ReadText(displayPath, text, parser, diagnostics), text);
        }) ?? new ChapterSource(null, "");
    }

    /// <summary>The lines of a chapter's text that open, close or name a <c>:::</c> block, as written.</summary>
    private static IEnumerable<string> DirectiveLinesOf(string text) =>
        text.Split('\n').Where(line => line.TrimStart(' ', '\t', '>').StartsWith(":::", StringComparison.Ordinal));

    private static bool HoldsImages(DirectoryInfo folder) =>
        Entries(folder).Any(e => e is FileInfo && e.LinkTarget is null && ContentEntries.IsImage(e.Name));

    /// <summary>An image folder may hold images and subfolders of them; anything else in it is reported like elsewhere.</summary>
    private static void CheckImageFolder(DirectoryInfo folder, DisplayPath paths, DiagnosticBag diagnostics)
    {
        foreach (var entry in Entries(folder))
        {
            var displayPath = paths.For(entry.FullName);
            if (entry.LinkTarget is not null)
            {
                ContentFindings.SymbolicLink(displayPath, diagnostics);
            }
            else if (entry is DirectoryInfo subfolder)
            {
                CheckImageFolder(subfolder, paths, diagnostics);
            }
            else if (!ContentEntries.IsSystemFile(entry.Name) && !ContentEntries.IsImage(entry.Name))
            {
                ContentFindings.Unexpected(displayPath, entry.Name, isFolder: false, diagnostics);
            }
        }
    }

    private static IEnumerable<FileSystemInfo> Entries(DirectoryInfo directory) =>
        directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);

    private sealed record ChapterSource(Chapter? Chapter, string Text);
}
