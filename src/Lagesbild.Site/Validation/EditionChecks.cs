using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Validation;

/// <summary>An edition's chapters together: one address per chapter, none a folder the build writes, and a home chapter that exists.</summary>
public static class EditionChecks
{
    public static void CheckSlugs(Edition edition, DiagnosticBag diagnostics)
    {
        foreach (var group in edition.Chapters.GroupBy(c => c.Slug).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.Chapter.DuplicateSlug, duplicate.Location,
                    new($"Namnet `{duplicate.Slug}` används redan av {first.Location.Path}.", $"the slug `{duplicate.Slug}` is already used by {first.Location.Path}"),
                    new("Varje kapitel behöver ett eget namn efter numret. Byt namn på en av filerna.",
                        "each chapter needs its own name after the number; rename one of the files"));
            }
        }

        foreach (var chapter in edition.Chapters.Where(c => SitePaths.ReservedSlugs.Contains(c.Slug)))
        {
            diagnostics.Error(DiagnosticCodes.Edition.ReservedSlug, chapter.Location,
                new($"Kapitelnamnet `{chapter.Slug}` är upptaget av en sida som verktyget själv skapar ({string.Join(", ", SitePaths.ReservedSlugs.Order(StringComparer.Ordinal))}).",
                    $"the slug `{chapter.Slug}` is the name of a folder the build writes ({string.Join(", ", SitePaths.ReservedSlugs.Order(StringComparer.Ordinal))})"),
                new($"Byt namn på filen, till exempel till `{chapter.Order:00}-{chapter.Slug}-kapitel.md`.",
                    $"rename the file, e.g. to `{chapter.Order:00}-{chapter.Slug}-kapitel.md`"));
        }
    }

    public static void CheckHomeChapter(Edition edition, DiagnosticBag diagnostics)
    {
        if (edition.HomeChapterSlug is { } slug && edition.FindChapter(slug) is null)
        {
            var slugs = string.Join(", ", edition.Chapters.Select(c => c.Slug));
            diagnostics.Error(DiagnosticCodes.Edition.UnknownHomeChapter, edition.HomeChapterLocation ?? edition.Location,
                new($"home_chapter `{slug}` är inget kapitel i {edition.Year}.", $"home_chapter `{slug}` is not a chapter of {edition.Year}"),
                new($"Använd ett av: {slugs}.", $"use one of: {slugs}"));
        }
    }
}
