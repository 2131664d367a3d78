using System.Collections.Frozen;

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
        public const string Alias = "LB110";
        public const string TooDeep = "LB111";
        public const string Tag = "LB112";
        public const string SeveralDocuments = "LB113";
        public const string EmptyFile = "LB114";
        public const string TypographicQuotes = "LB120";
        public const string TabSeparatedCells = "LB121";
    }

    /// <summary>Problems with chapters and their Markdown.</summary>
    public static class Chapter
    {
        public const string MissingFrontMatter = "LB200";
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
        public const string ChartWithoutTable = "LB214";
        public const string EmptyHeading = "LB215";
        public const string InvalidDirective = "LB220";
        public const string InternalReference = "LB222";
        public const string MissingFootnote = "LB223";
        public const string DuplicateFootnote = "LB224";
        public const string DuplicateId = "LB225";
        public const string BadFigure = "LB226";
        public const string UnsafeLink = "LB227";
        public const string UnclosedCodeBlock = "LB228";
        public const string FigureWithoutPicture = "LB270";
    }

    /// <summary>Problems with pictures and maps placed in chapters with <c>![alt](file)</c>.</summary>
    public static class Image
    {
        public const string MissingFile = "LB240";
        public const string RemoteUrl = "LB241";
        public const string OutsideEdition = "LB242";
        public const string UnsupportedFormat = "LB243";
        public const string FormatMismatch = "LB244";
        public const string InvalidFile = "LB245";
        public const string UnsafeSvg = "LB246";
        public const string LargeFile = "LB247";
        public const string SvgElement = "LB248";
        public const string SvgAttribute = "LB249";
        public const string SvgReference = "LB250";
        public const string SvgStyle = "LB251";
        public const string SvgDocumentType = "LB252";
        public const string ManyPixels = "LB253";
        public const string TooManyPixels = "LB254";
    }

    /// <summary>Names the build would write that a file system refuses or merges (issue 18).</summary>
    public static class OutputName
    {
        public const string NameTooLong = "LB260";
        public const string PathTooLong = "LB261";
        public const string RefusedCharacter = "LB262";
        public const string ReservedName = "LB263";
        public const string SameButForCase = "LB264";
    }

    /// <summary>Problems with data tables.</summary>
    public static class Table
    {
        public const string WrongCellCount = "LB300";
        public const string NotANumber = "LB301";
        public const string BadId = "LB302";
        public const string DuplicateColumnKey = "LB303";
        public const string UnknownType = "LB304";
        public const string NumberTooLarge = "LB310";
        public const string NotPlaced = "LB311";
        public const string UnusedNote = "LB312";
        public const string MissingNote = "LB313";
        public const string EmptyColumnGroup = "LB314";
        public const string DecimalComma = "LB320";
        public const string PercentSign = "LB321";
        public const string DashForMissing = "LB322";
        public const string YearAsInteger = "LB323";
        public const string DuplicateRow = "LB324";
    }

    /// <summary>Problems with editions and the content folder as a whole.</summary>
    public static class Edition
    {
        public const string MissingEditionFile = "LB400";
        public const string NoPublishedEdition = "LB401";
        public const string UnsafePath = "LB402";
        public const string AlreadyExists = "LB403";
        public const string NotNewer = "LB404";
        public const string ReservedSlug = "LB410";
        public const string BadEditionFolder = "LB411";
        public const string UnexpectedFile = "LB412";
        public const string UnreadableFile = "LB413";
        public const string FileTooLarge = "LB414";
        public const string LinkToDraft = "LB415";
        public const string MarkdownTooDeep = "LB416";
        public const string MissingContentFolder = "LB417";
        public const string MissingSiteFile = "LB418";
        public const string UnknownHomeChapter = "LB419";
        public const string NoEditionToCopy = "LB420";
        public const string MisnamedFile = "LB421";
        public const string TableNotUpdated = "LB430";
        public const string PublishedWithCopiedTable = "LB431";
    }

    /// <summary>Problems with Scriban layouts.</summary>
    public static class Layout
    {
        public const string Syntax = "LB500";
        public const string Runtime = "LB501";
        public const string Missing = "LB502";
    }

    /// <summary>References between the layouts' assets that the build cannot follow: stylesheet <c>@import</c>s and script module imports.</summary>
    public static class Asset
    {
        public const string ImportNotFollowable = "LB960";
        public const string ImportOutsideAssets = "LB961";
        public const string ImportMissing = "LB962";
        public const string ImportCycle = "LB963";
        public const string UnclosedBlock = "LB964";
    }

    /// <summary>Problems with the search: the thesaurus (LB610–LB614).</summary>
    public static class Search
    {
        public const string ThesaurusNotList = "LB610";
        public const string ThesaurusEmptyEntry = "LB611";
        public const string ThesaurusDuplicate = "LB612";
        public const string ThesaurusGroupTooSmall = "LB613";
        public const string ThesaurusUnused = "LB614";
    }

    /// <summary>Problems with the output folder (<c>--out</c>) and writing the built site into it.</summary>
    public static class Output
    {
        public const string EmptyPath = "LB700";
        public const string NotAFolder = "LB701";
        public const string ProtectedFolder = "LB702";
        public const string InsideSources = "LB703";
        public const string NotWrittenByBuild = "LB704";
        public const string NotWritable = "LB705";
        public const string LockTimeout = "LB706";
        public const string SymbolicLink = "LB707";
        public const string WriteFailed = "LB708";
        public const string BadPort = "LB709";
        public const string LockFileUnusable = "LB710";
    }

    /// <summary>Settings that reach every page: site.yml's url, base_url and language and the matching command-line options.</summary>
    public static class Settings
    {
        public const string InvalidSiteUrl = "LB720";
        public const string InvalidBaseUrl = "LB721";
        public const string InvalidLanguage = "LB722";

        /// <summary>site.yml's <c>repository</c> (for the "Föreslå ändring" link); numbered from the range free at the time.</summary>
        public const string InvalidRepository = "LB440";
    }

    /// <summary>Problems making an edition's PDF (the <c>pdf</c> command).</summary>
    public static class Pdf
    {
        public const string ChromiumMissing = "LB830";
        public const string PrintFailed = "LB831";
        public const string UnreadablePdf = "LB832";
    }

    /// <summary>
    /// What a Swedish public-sector publication must carry: the accessibility statement
    /// (<c>content/tillganglighet.yml</c>), the owner and contact in site.yml, and chapter dates.
    /// </summary>
    public static class Publication
    {
        public const string MissingStatement = "LB800";
        public const string UnknownComplianceStatus = "LB801";
        public const string OldAssessment = "LB802";
        public const string NotConfirmed = "LB803";
        public const string InvalidContact = "LB804";
        public const string UpdatedBeforeAssessed = "LB805";
        public const string ChapterUpdatedTooEarly = "LB806";
        public const string StatusContradictsShortcomings = "LB807";
        public const string UnknownAssessmentMethod = "LB808";
    }

    /// <summary>Bugs in the tool itself, reported instead of a stack trace so the editor knows which file triggered it.</summary>
    public static class Internal
    {
        public const string Unexpected = "LB900";
    }

    /// <summary>
    /// The codes that are warnings: the build goes on and writes the site. Every other code is an
    /// error. One code has one severity, and <see cref="DiagnosticBag"/> refuses any other.
    /// </summary>
    public static readonly System.Collections.Frozen.FrozenSet<string> Warnings = new[]
    {
        Chapter.RawHtml,
        Chapter.ChartWithoutTable,
        Chapter.FigureWithoutPicture,
        Image.LargeFile,
        Image.ManyPixels,
        Table.NotPlaced,
        Table.UnusedNote,
        Table.YearAsInteger,
        Table.DuplicateRow,
        Edition.UnexpectedFile,
        Edition.TableNotUpdated,
        Search.ThesaurusUnused,
        Pdf.ChromiumMissing,
        Publication.OldAssessment,
        Publication.NotConfirmed,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Severity SeverityOf(string code) => Warnings.Contains(code) ? Severity.Warning : Severity.Error;
}
