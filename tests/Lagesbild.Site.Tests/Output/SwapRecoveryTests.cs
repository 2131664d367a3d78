using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>
/// A build killed at any point of the swap leaves a complete site, or one the next build puts back,
/// and the next build removes every leftover it made and nothing else.
/// </summary>
public sealed class SwapRecoveryTests
{
    private static readonly OutputFile[] NewSite = [OutputFile.Text("index.html", "ny"), OutputFile.Text("2024/index.html", "ny 2024")];

    [Fact]
    public void Killed_between_the_two_renames_the_next_build_finds_the_site_and_cleans_up()
    {
        // Given the state of a kill between the renames: no site/, the old site moved aside, the new one staged whole
        using var directory = new TempDirectory();
        var target = directory.Combine("site");
        var old = CompleteSite($"{target}.old-{Guid.NewGuid():N}", "gammal");
        var staged = CompleteSite($"{target}.tmp-{Guid.NewGuid():N}", "stegad");
        File.SetLastWriteTimeUtc(Path.Combine(old, SiteMarker.FileName), DateTime.UtcNow.AddMinutes(-5));

        // When the next build recovers (before it writes anything)
        Leftovers.Recover(target);

        // Then the newer complete site is back in place and the other is gone
        Assert.Equal("stegad", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(["site"], Names(directory.Path));
    }

    [Fact]
    public void Killed_while_staging_the_old_site_stays_and_the_half_written_folder_goes()
    {
        using var directory = new TempDirectory();
        var target = CompleteSite(directory.Combine("site"), "gammal");
        var half = Directory.CreateDirectory($"{target}.tmp-{Guid.NewGuid():N}").FullName;
        File.WriteAllText(Path.Combine(half, "index.html"), "halv");

        StagedDirectoryWriter.Write(target, NewSite);

        Assert.Equal("ny", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.True(SiteMarker.IsPresent(target));
        Assert.Equal([".site.lock", "site"], Names(directory.Path));
    }

    [Fact]
    public void With_no_site_and_only_a_half_written_folder_the_old_site_moved_aside_is_restored()
    {
        // A kill during the deletion of a replaced site can leave a half-deleted old folder; the marker goes first, so it is never restored
        using var directory = new TempDirectory();
        var target = directory.Combine("site");
        var old = CompleteSite($"{target}.old-{Guid.NewGuid():N}", "gammal");
        var halfDeleted = Directory.CreateDirectory($"{target}.old-{Guid.NewGuid():N}").FullName;
        File.WriteAllText(Path.Combine(halfDeleted, "index.html"), "halvt raderad");
        var half = Directory.CreateDirectory($"{target}.tmp-{Guid.NewGuid():N}").FullName;

        Leftovers.Recover(target);

        Assert.Equal("gammal", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal(["site"], Names(directory.Path));
        Assert.False(Directory.Exists(old) || Directory.Exists(half) || Directory.Exists(halfDeleted));
    }

    [Fact]
    public void Folders_that_only_look_like_leftovers_are_never_touched()
    {
        using var directory = new TempDirectory();
        var target = CompleteSite(directory.Combine("site"), "gammal");
        Directory.CreateDirectory(directory.Combine("site.tmp-mina-filer"));
        Directory.CreateDirectory(directory.Combine("site.old"));
        Directory.CreateDirectory(directory.Combine($"annan.tmp-{Guid.NewGuid():N}"));

        StagedDirectoryWriter.Write(target, NewSite);

        Assert.Equal(4, Directory.EnumerateDirectories(directory.Path).Count());
        Assert.Equal("ny", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void The_build_may_not_write_its_own_marker_as_a_page()
    {
        using var directory = new TempDirectory();

        Assert.Throws<InvalidOperationException>(() => StagedDirectoryWriter.Write(directory.Combine("site"), [OutputFile.Text(SiteMarker.FileName, "x")]));
        Assert.False(Directory.Exists(directory.Combine("site")));
    }

    private static string CompleteSite(string folder, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder, "2024"));
        File.WriteAllText(Path.Combine(folder, "index.html"), text);
        File.WriteAllText(Path.Combine(folder, "2024", "index.html"), text + " 2024");
        SiteMarker.Write(folder);
        return folder;
    }

    private static string[] Names(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
