using System.Globalization;
using Lagesbild.Site.Model.Statement;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Render;

/// <summary>What the accessibility page's layout sees of the statement: every part DIGG requires, ready to show.</summary>
/// <param name="Status">DIGG's words: "helt förenlig", "delvis förenlig" or "inte förenlig".</param>
/// <param name="IsFull">True for "helt förenlig", which changes the wording of the technical section.</param>
/// <param name="IsSelfAssessment">True for a self-assessment, false for an external audit by <paramref name="Auditor"/>.</param>
/// <param name="ReportIsEmail">Whether <paramref name="ReportText"/> is an e-mail address (else a web form).</param>
public sealed record StatementView(
    string Organisation,
    string Service,
    string Status,
    bool IsFull,
    string AssessedText,
    string AssessedIso,
    string UpdatedText,
    string UpdatedIso,
    bool IsSelfAssessment,
    string? Auditor,
    string ReportText,
    string ReportHref,
    bool ReportIsEmail,
    string ComplaintUrl,
    IReadOnlyList<ShortcomingGroup> Shortcomings,
    IReadOnlyList<Exemption> DisproportionateBurden,
    IReadOnlyList<Exemption> OutsideScope)
{
    /// <summary>DIGG's form for reporting a public body that does not follow the law.</summary>
    public const string DiggComplaintForm = "https://www.digg.se/tdosanmalan";

    public static StatementView From(AccessibilityStatement statement) => new(
        statement.Organisation,
        statement.Service,
        statement.Status.Word(),
        statement.Status == ComplianceStatus.Full,
        SwedishFormat.Date(statement.Assessed),
        statement.Assessed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SwedishFormat.Date(statement.Updated),
        statement.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        statement.Method == AssessmentMethod.SelfAssessment,
        statement.Auditor,
        statement.Report.Text,
        statement.Report.Href,
        statement.Report.IsEmail,
        DiggComplaintForm,
        statement.Shortcomings,
        statement.DisproportionateBurden,
        statement.OutsideScope);
}
