namespace Lagesbild.Site.Diagnostics;

/// <summary>How bad a finding is: errors stop the build, warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
