using System.CommandLine;
using Lagesbild.Site.Build;
using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Cli;

/// <summary>The options every command that reads content shares, with the same names and defaults.</summary>
public sealed class CommonOptions(Diagnostics.Language language = Diagnostics.Language.Swedish)
{
    public Option<string> Content { get; } = new("--content")
    {
        Description = new Diagnostics.Phrase("Innehållsmappen (site.yml och en mapp per upplaga)", "The content folder (site.yml and one folder per edition year)").In(language),
        DefaultValueFactory = _ => "content",
    };

    public Option<string> Layouts { get; } = new("--layouts")
    {
        Description = new Diagnostics.Phrase("Mappen med layouterna (Scriban)", "The Scriban layouts folder").In(language),
        DefaultValueFactory = _ => "layouts",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = new Diagnostics.Phrase(
            "Sökvägen webbplatsen ligger under, som börjar och slutar med /, till exempel /lagesbild/ (standard: base_url i site.yml, annars /)",
            "The path the site is served under, starting and ending with /, e.g. /lagesbild/ (default: base_url in site.yml, else /)").In(language),
    };

    public Option<string?> SiteUrl { get; } = new("--site-url")
    {
        Description = new Diagnostics.Phrase(
            "Den publika adressen utan sökväg, till exempel https://kommun.github.io, för kanoniska länkar och sitemap.xml (standard: url i site.yml)",
            "The public scheme and host, no path, e.g. https://example.github.io, for canonical links and sitemap.xml (default: url in site.yml; without one, neither is written)").In(language),
    };

    public Option<string?> Language { get; } = new("--lang")
    {
        Description = new Diagnostics.Phrase("Språket i meddelandena: sv (standard) eller en; LAGESBILD_LANG=en gör samma sak",
            "The language of messages: sv (default) or en; LAGESBILD_LANG=en does the same").In(language),
    };

    /// <summary>The language findings and command output are printed in.</summary>
    public Diagnostics.Language ReadLanguage(ParseResult parse) => OutputLanguage.Resolve(parse.GetValue(Language));

    /// <summary>
    /// The build options from a parsed command line, in one place so that build, check and serve
    /// read the shared options the same way and an option added here reaches all three.
    /// </summary>
    public BuildOptions Read(ParseResult parse, string outputDirectory, bool includeDrafts, bool includeInternal) =>
        new(parse.GetValue(Content)!, parse.GetValue(Layouts)!, outputDirectory, parse.GetValue(BaseUrl), includeDrafts, includeInternal, parse.GetValue(SiteUrl))
        {
            DisplayRoot = Environment.CurrentDirectory,
        };

    /// <summary>
    /// Paths in messages relative to the folder the command runs in, as an editor typed them
    /// (<c>content/2024/01-inledning.md</c>). Only the command line reads the working directory.
    /// </summary>
    public static DisplayPath WorkingDirectoryPaths() => new(Environment.CurrentDirectory);

    public void AddTo(Command command)
    {
        command.Options.Add(SiteUrl);
        command.Options.Add(Content);
        command.Options.Add(Layouts);
        command.Options.Add(BaseUrl);
        command.Options.Add(Language);
    }
}
