using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Model;

namespace Lagesbild.Site.Build;

/// <summary>
/// Checks <c>--site-url</c> and <c>--base-url</c> by the same rules as site.yml's <c>url</c> and
/// <c>base_url</c>, here in the build rather than the command line so that every way into a build
/// (build, check, serve, tests) is covered.
/// </summary>
public static class BuildOptionRules
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.SiteUrl is { } siteUrl && SiteSettingRules.CheckSiteUrl("--site-url", siteUrl) is { } siteProblem)
        {
            diagnostics.Error(DiagnosticCodes.Settings.InvalidSiteUrl, SourceLocation.Option("--site-url"), siteProblem.Message, siteProblem.Hint);
        }

        if (options.BaseUrl is { } baseUrl && SiteSettingRules.CheckBaseUrl("--base-url", baseUrl) is { } baseProblem)
        {
            diagnostics.Error(DiagnosticCodes.Settings.InvalidBaseUrl, SourceLocation.Option("--base-url"), baseProblem.Message, baseProblem.Hint);
        }
    }
}
