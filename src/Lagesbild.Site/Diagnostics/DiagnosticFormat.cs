namespace Lagesbild.Site.Diagnostics;

/// <summary>How findings are printed: for people (<c>path:line:col: error: …</c>) or for GitHub Actions.</summary>
public enum DiagnosticFormat
{
    Text,
    GitHub,
}
