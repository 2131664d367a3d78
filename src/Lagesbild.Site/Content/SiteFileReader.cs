using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Content;

/// <summary>Reads <c>content/site.yml</c> into <see cref="SiteSettings"/>.</summary>
public static class SiteFileReader
{
    public static SiteSettings? Read(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var text = ContentText.Read(path, displayPath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var source = new YamlSource(displayPath, text);
        var root = source.LoadRoot(diagnostics);
        var yaml = root is null ? null : YamlMappingReader.From(root, source, diagnostics, "site.yml");
        if (yaml is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys("title", "description", "language", "base_url", "url", "organisations");
        var title = yaml.RequiredString("title", "give the site a title, e.g. `title: Lägesbild`");
        var language = yaml.OptionalString("language") ?? "sv";
        var baseUrl = yaml.OptionalString("base_url") ?? "/";
        return title is null
            ? null
            : new SiteSettings(title, yaml.OptionalString("description") ?? "", language, baseUrl, yaml.StringList("organisations"), yaml.OptionalString("url"));
    }
}
