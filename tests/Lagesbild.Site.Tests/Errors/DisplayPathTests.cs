using Lagesbild.Site.Content;
using Lagesbild.Site.Diagnostics;
using Lagesbild.Site.Tests.Support;
using Lagesbild.Site.Text;

namespace Lagesbild.Site.Tests.Errors;

/// <summary>Paths in messages are relative to the root the build is given, not to the working directory.</summary>
public sealed class DisplayPathTests
{
    [Fact]
    public void A_file_under_the_root_is_named_from_the_root_with_forward_slashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "rot");

        Assert.Equal("content/2024/01-inledning.md", new DisplayPath(root).For(Path.Combine(root, "content", "2024", "01-inledning.md")));
    }

    [Fact]
    public void A_file_outside_the_root_or_without_a_root_is_named_in_full()
    {
        var root = Path.Combine(Path.GetTempPath(), "rot");
        var outside = Path.Combine(Path.GetTempPath(), "annan", "site.yml");

        Assert.Equal(outside.Replace('\\', '/'), new DisplayPath(root).For(outside));
        Assert.Equal(outside.Replace('\\', '/'), DisplayPath.Full.For(outside));
    }

    [Fact]
    public void A_build_names_files_from_its_display_root_wherever_it_runs()
    {
        using var site = TestSite.FromText(MinimalSite.Files + "\n-- content/2024/01-kapitel.md --\n---\ntitel: fel\n---\n");
        // The test runner's working directory is the test's bin folder, far from the site.
        Assert.False(site.Root.StartsWith(Environment.CurrentDirectory, StringComparison.Ordinal));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Format(Language.English).StartsWith("content/2024/01-kapitel.md:", StringComparison.Ordinal));
        var full = SiteBuilderWithoutRoot(site);
        Assert.Contains(full.Diagnostics, d => d.Format(Language.English).StartsWith(site.ContentDirectory + "/2024/01-kapitel.md:", StringComparison.Ordinal));
    }

    private static Lagesbild.Site.Build.BuildResult SiteBuilderWithoutRoot(TestSite site) =>
        Lagesbild.Site.Build.SiteBuilder.Build(site.Options() with { DisplayRoot = null });
}
