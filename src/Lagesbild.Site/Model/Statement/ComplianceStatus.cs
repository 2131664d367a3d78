namespace Lagesbild.Site.Model.Statement;

/// <summary>How far the site complies with the law (EN 301 549, WCAG 2.1 AA), in DIGG's three grades.</summary>
public enum ComplianceStatus
{
    Full,
    Partial,
    None,
}

/// <summary>DIGG's exact words for each grade, the only ones the statement may use.</summary>
public static class ComplianceStatusWords
{
    public const string Full = "helt förenlig";
    public const string Partial = "delvis förenlig";
    public const string None = "inte förenlig";

    public static readonly string[] All = [Full, Partial, None];

    public static ComplianceStatus? Parse(string text) => text switch
    {
        Full => ComplianceStatus.Full,
        Partial => ComplianceStatus.Partial,
        None => ComplianceStatus.None,
        _ => null,
    };

    public static string Word(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Full => Full,
        ComplianceStatus.Partial => Partial,
        _ => None,
    };
}
