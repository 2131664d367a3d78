using Lagesbild.Site.Diagnostics;

namespace Lagesbild.Site.Content;

/// <summary>The findings about files and folders in <c>content/</c> that the tool would otherwise skip without a word.</summary>
public static class ContentFindings
{
    /// <summary>Symbolic links could make the build read files outside content/, so they are refused, never followed.</summary>
    public static void SymbolicLink(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.UnsafePath, SourceLocation.File(displayPath),
            new("Det här är en genväg (symbolisk länk). Genvägar är inte tillåtna i content/.", "symbolic links are not allowed in content/"),
            new("Ersätt genvägen med en kopia av filen eller mappen.", "replace the link with a copy of the file or folder"));

    public static void NotAnEdition(string displayPath, string name, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.BadEditionFolder, SourceLocation.File(displayPath),
            new($"Mappen `{name}` är inte en utgåva och läses inte. En utgåvas mapp heter som sitt år, {ContentEntries.FirstYear}–{ContentEntries.LastYear}, till exempel `2025`.",
                $"the folder `{name}` is not an edition and is not read: edition folders are named by their year, {ContentEntries.FirstYear}-{ContentEntries.LastYear}"),
            new("Byt namn på mappen till utgåvans år, eller flytta den ut ur content/.", "rename the folder to the edition's year, or move it out of content/"));

    /// <summary>A file or folder the tool does not read: an error when its name says it was meant as content, else a warning.</summary>
    public static void Unexpected(string displayPath, string name, bool isFolder, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.File(displayPath);
        if (!isFolder && ContentEntries.LooksLikeMarkdown(name))
        {
            diagnostics.Error(DiagnosticCodes.Edition.MisnamedFile, location,
                new($"`{name}` läses inte: kapitel måste sluta på `.md` med små bokstäver.", $"`{name}` is not read: chapters must end in lowercase `.md`"),
                new($"Byt namn på filen till `{Path.GetFileNameWithoutExtension(name)}.md`.", $"rename the file to `{Path.GetFileNameWithoutExtension(name)}.md`"));
        }
        else if (!isFolder && ContentEntries.LooksLikeYaml(name))
        {
            diagnostics.Error(DiagnosticCodes.Edition.MisnamedFile, location,
                new($"`{name}` läses inte: YAML-filer måste sluta på `.yml` med små bokstäver.", $"`{name}` is not read: YAML files must end in lowercase `.yml`"),
                new($"Byt namn på filen till `{Path.GetFileNameWithoutExtension(name)}.yml`.", $"rename the file to `{Path.GetFileNameWithoutExtension(name)}.yml`"));
        }
        else
        {
            var what = isFolder ? ("Mappen", "the folder") : ("Filen", "the file");
            diagnostics.Warning(DiagnosticCodes.Edition.UnexpectedFile, location,
                new($"{what.Item1} `{name}` används inte och publiceras inte.", $"{what.Item2} `{name}` is not used and is not published"),
                new("Ta bort den, eller flytta den ut ur content/ om den behövs till något annat.", "remove it, or move it out of content/ if it is needed elsewhere"));
        }
    }

    public static void MissingContentFolder(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.MissingContentFolder, SourceLocation.File(displayPath),
            new($"Mappen {displayPath} finns inte.", $"the content folder {displayPath} does not exist"),
            new("Kör kommandot i mappen där content finns, eller ange rätt mapp med --content MAPP.", "run the command where the content folder is, or pass --content DIR"));

    public static void MissingSiteFile(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.MissingSiteFile, SourceLocation.File(displayPath),
            new("Filen site.yml saknas.", "site.yml is missing"),
            new($"Skapa {displayPath} med minst raden `title: Lägesbild`, eller ange rätt mapp med --content.",
                $"create {displayPath} with at least `title: Lägesbild`, or pass --content DIR"));

    public static void MissingStatement(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Publication.MissingStatement, SourceLocation.File(displayPath),
            new("Tillgänglighetsredogörelsen tillganglighet.yml saknas. Enligt lagen (2018:1937) får webbplatsen inte publiceras utan den.",
                "the accessibility statement tillganglighet.yml is missing; the law (2018:1937) requires one on every public-sector site"),
            new($"Skapa {displayPath}; guiden för redaktörer (docs/redaktorer.md) visar vad den ska innehålla.",
                $"create {displayPath}; the editors' guide (docs/redaktorer.md) says what it must contain"));

    public static void MissingEditionFile(string displayPath, int year, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.Edition.MissingEditionFile, SourceLocation.File(displayPath),
            new($"Utgåvans mapp {year} har ingen edition.yml.", $"the edition folder {year} has no edition.yml"),
            new("Kopiera edition.yml från ett annat års mapp och uppdatera den.", "copy edition.yml from another year's folder and update it"));
}
