using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Content;

/// <summary>Reads <c>content/site.yml</c> into <see cref="SiteSettings"/>.</summary>
public static class SiteFileReader
{
    public static SiteSettings? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        return text is null ? null : ReadText(displayPath, text, diagnostics);
    }

    /// <summary>Reads the file's text; <paramref name="displayPath"/> names it in findings (spec tests need no file).</summary>
    public static SiteSettings? ReadText(string displayPath, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlFile.Parse(displayPath, text, new("site.yml", "site.yml"), diagnostics);
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys("title", "description", "language", "base_url", "url", "organisations", "owner", "contact", "repository", "repository_branch");
        var title = yaml.RequiredString("title", new("Ge webbplatsen en titel, till exempel `title: Lägesbild`.", "give the site a title, e.g. `title: Lägesbild`"));
        // An invalid value is reported and replaced by the default, so the rest of the content is
        // still checked in the same run; the error stops the build.
        var language = Checked(yaml, "language", DiagnosticCodes.Settings.InvalidLanguage, SiteSettingRules.CheckLanguage, diagnostics) ?? "sv";
        var baseUrl = Checked(yaml, "base_url", DiagnosticCodes.Settings.InvalidBaseUrl, SiteSettingRules.CheckBaseUrl, diagnostics) ?? "/";
        // `url:` left empty means the address is not known yet, as when the line is missing.
        var url = string.IsNullOrEmpty(yaml.OptionalString("url"))
            ? null
            : Checked(yaml, "url", DiagnosticCodes.Settings.InvalidSiteUrl, SiteSettingRules.CheckSiteUrl, diagnostics);
        var owner = yaml.RequiredString("owner", new(
            "Skriv vem som ansvarar för innehållet, till exempel `owner: Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad`. Det står i sidfoten på varje sida.",
            "write who is responsible for the content, e.g. `owner: Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad`; it is shown in every page's footer"));
        var contact = Contact(yaml, diagnostics);
        var repository = ReadRepository(yaml, diagnostics);
        return title is null || owner is null || contact is null
            ? null
            : new SiteSettings(title, yaml.OptionalString("description") ?? "", language, baseUrl, yaml.StringList("organisations"), url)
            {
                Owner = owner,
                Contact = contact,
                Repository = repository,
            };
    }

    /// <summary>site.yml's <c>repository</c> for the "Föreslå ändring" link; without it, or when it is empty, no link.</summary>
    private static EditRepository? ReadRepository(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var address = yaml.OptionalString("repository");
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        var (repository, problem) = EditRepository.Parse(address, yaml.OptionalString("repository_branch"));
        if (problem is not null)
        {
            var at = problem.Message.English.StartsWith("`repository_branch`", StringComparison.Ordinal) ? "repository_branch" : "repository";
            diagnostics.Error(DiagnosticCodes.Settings.InvalidRepository, yaml.Source.At(yaml.Get(at)!), problem.Message, problem.Hint);
        }

        return repository;
    }

    private static ContactAddress? Contact(YamlMappingReader yaml, DiagnosticBag diagnostics)
    {
        var text = yaml.RequiredString("contact", new(
            "Skriv hur läsare når den som ansvarar för innehållet: en e-postadress, till exempel `contact: lagesbild@stockholm.se`, eller adressen till ett webbformulär.",
            "write how readers reach whoever is responsible for the content: an e-mail address, e.g. `contact: lagesbild@stockholm.se`, or a web form's address"));
        if (text is null)
        {
            return null;
        }

        var address = ContactAddress.Parse("contact", text, out var problem);
        if (problem is not null)
        {
            diagnostics.Error(DiagnosticCodes.Publication.InvalidContact, yaml.Source.At(yaml.Get("contact")!), problem.Message, problem.Hint);
        }

        return address;
    }

    /// <summary>The value of <paramref name="key"/> when present and valid; a problem is reported at the value.</summary>
    private static string? Checked(YamlMappingReader yaml, string key, string code, Func<string, string, SiteSettingRules.Problem?> rule, DiagnosticBag diagnostics)
    {
        var value = yaml.OptionalString(key);
        if (value is null)
        {
            return null;
        }

        if (rule(key, value) is not { } problem)
        {
            return value;
        }

        diagnostics.Error(code, yaml.Source.At(yaml.Get(key)!), problem.Message, problem.Hint);
        return null;
    }
}
