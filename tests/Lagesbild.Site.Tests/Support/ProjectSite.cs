namespace Lagesbild.Site.Tests.Support;

/// <summary>The address of a GitHub Pages project site, <c>https://owner.github.io/lagesbild/</c>, as the Pages workflow builds it.</summary>
public static class ProjectSite
{
    public const string Origin = "https://owner.github.io";

    public const string BasePath = "/lagesbild/";
}
