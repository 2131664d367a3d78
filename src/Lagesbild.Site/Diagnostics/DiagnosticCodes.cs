namespace Lagesbild.Site.Diagnostics;

/// <summary>Stable codes for every kind of finding, so messages can change wording without breaking tooling.</summary>
public static class DiagnosticCodes
{
    /// <summary>Problems reading YAML files (site.yml, edition.yml, data tables, front matter).</summary>
    public static class Yaml
    {
        public const string Syntax = "LB100";
        public const string MissingKey = "LB101";
        public const string UnknownKey = "LB102";
        public const string WrongType = "LB103";
        public const string InvalidValue = "LB104";
    }

    /// <summary>Problems with chapters and their Markdown.</summary>
    public static class Chapter
    {
        public const string MissingFrontMatter = "LB200";
        public const string MissingTitle = "LB201";
        public const string BadFileName = "LB202";
        public const string DuplicateSlug = "LB203";
        public const string UnknownTable = "LB204";
        public const string BrokenLink = "LB205";
        public const string BrokenAnchor = "LB206";
        public const string HeadingLevel = "LB207";
        public const string NotUtf8 = "LB208";
        public const string UnclosedDirective = "LB209";
        public const string RawHtml = "LB210";
        public const string UnsafeHtml = "LB211";
        public const string MissingAltText = "LB212";
        public const string BadChart = "LB213";
    }

    /// <summary>Problems with data tables.</summary>
    public static class Table
    {
        public const string WrongCellCount = "LB300";
        public const string NotANumber = "LB301";
        public const string BadId = "LB302";
        public const string DuplicateColumnKey = "LB303";
        public const string UnknownType = "LB304";
    }

    /// <summary>Problems with editions and the content folder as a whole.</summary>
    public static class Edition
    {
        public const string MissingEditionFile = "LB400";
        public const string NoPublishedEdition = "LB401";
        public const string UnsafePath = "LB402";
        public const string AlreadyExists = "LB403";
        public const string NotNewer = "LB404";
    }

    /// <summary>Problems with Scriban layouts.</summary>
    public static class Layout
    {
        public const string Syntax = "LB500";
        public const string Runtime = "LB501";
        public const string Missing = "LB502";
    }

    /// <summary>Problems building the search index (Node.js and the packages in src/search-index).</summary>
    public static class Search
    {
        public const string NodeMissing = "LB600";
        public const string PackagesMissing = "LB601";
        public const string IndexFailed = "LB602";
        public const string BuilderMissing = "LB603";
        public const string ThesaurusNotList = "LB610";
        public const string ThesaurusEmptyEntry = "LB611";
        public const string ThesaurusDuplicate = "LB612";
        public const string ThesaurusGroupTooSmall = "LB613";
        public const string ThesaurusUnused = "LB614";
    }
}
