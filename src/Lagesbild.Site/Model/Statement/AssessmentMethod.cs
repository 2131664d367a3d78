namespace Lagesbild.Site.Model.Statement;

/// <summary>How the site's accessibility was assessed: by the organisation itself or by someone outside it.</summary>
public enum AssessmentMethod
{
    SelfAssessment,
    ExternalAudit,
}

/// <summary>The words editors write for each method.</summary>
public static class AssessmentMethodWords
{
    public const string SelfAssessment = "självskattning";
    public const string ExternalAudit = "extern granskning";

    public static AssessmentMethod? Parse(string text) => text switch
    {
        SelfAssessment => AssessmentMethod.SelfAssessment,
        ExternalAudit => AssessmentMethod.ExternalAudit,
        _ => null,
    };
}
