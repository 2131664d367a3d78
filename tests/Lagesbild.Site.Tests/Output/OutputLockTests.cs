using System.Net.Sockets;
using Lagesbild.Site.Output;
using Lagesbild.Site.Tests.Support;

namespace Lagesbild.Site.Tests.Output;

/// <summary>
/// A folder that cannot be written is an error with the reason at once (LB708), a lock file that
/// cannot be opened is told apart from a lock another build holds (LB710), and only the last makes
/// a build wait.
/// </summary>
public sealed class OutputLockTests
{
    private const string Waiting = "Waiting for another build";

    [Fact]
    public void A_read_only_folder_above_out_is_LB708_with_the_reason_at_once()
    {
        using var workspace = new OutputWorkspace();
        var parent = workspace.Combine("publicerat");
        Directory.CreateDirectory(parent);
        using var readOnly = ReadOnlyFolder.Make(parent);

        var (exit, output, errors) = workspace.Build(Path.Combine(parent, "site"));

        Assert.Equal(1, exit);
        Assert.Contains("[LB708]", errors, StringComparison.Ordinal);
        Assert.Contains("cannot write the site into", errors, StringComparison.Ordinal);
        // The reason names what the system refused, and the build never started waiting for a lock.
        Assert.Matches("(denied|not permitted)", errors);
        Assert.DoesNotContain(Waiting, output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("[LB706]", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public void A_lock_file_that_cannot_be_opened_is_LB710_at_once_not_another_build()
    {
        using var workspace = new OutputWorkspace();
        var target = workspace.Combine("site");
        // A socket where the lock file belongs: it exists, but no file can be opened on it.
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(OutputLock.PathFor(target)));

        var (exit, output, errors) = workspace.Build("site");
        var swedish = workspace.Build("site", language: Lagesbild.Site.Diagnostics.Language.Swedish);

        // The lock file is named by its absolute path, in the temporary repository (shown as …).
        Assert.Equal(1, exit);
        Assert.Contains("site:1:1: error: the lock file `…/.site.lock` cannot be opened or created: No such device or address : '…/.site.lock' (no other build holds it; remove the lock file (or whatever is in its place) and build again; the previous site is untouched) [LB710]",
            workspace.Relative(errors).Split('\n'));
        Assert.Contains("site:1:1: fel: Låsfilen `…/.site.lock` går inte att öppna eller skapa: No such device or address : '…/.site.lock' (Inget annat bygge håller den. Ta bort låsfilen (eller det som ligger på dess plats) och bygg igen. Den förra sajten är orörd.) [LB710]",
            workspace.Relative(swedish.Errors).Split('\n'));
        Assert.DoesNotContain(Waiting, output + errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void A_build_that_waits_out_the_timeout_for_another_build_is_LB706_and_changes_nothing()
    {
        // Given another build that holds the lock on site/
        using var workspace = new OutputWorkspace();
        var target = workspace.Combine("site");
        using var held = OutputLock.Acquire(target, TimeSpan.Zero, () => { });
        Assert.NotNull(held);
        var swedish = new Lagesbild.Site.Diagnostics.DiagnosticBag();
        var english = new Lagesbild.Site.Diagnostics.DiagnosticBag();
        var log = new StringWriter();

        // When a build into site/ waits until the timeout has passed (on a clock that gets there at once)
        var wroteSwedish = StagedDirectoryWriter.Write("site", [OutputFile.Text("index.html", "ny")], workspace.Rules(), swedish, log, Lagesbild.Site.Diagnostics.Language.Swedish, new TimeoutPassing());
        var wroteEnglish = StagedDirectoryWriter.Write("site", [OutputFile.Text("index.html", "ny")], workspace.Rules(), english, clock: new TimeoutPassing());

        // Then it said it was waiting, gave up with the finding, and wrote nothing
        Assert.False(wroteSwedish);
        Assert.False(wroteEnglish);
        Assert.Equal("Väntar på ett annat bygge till site/ …", log.ToString().Trim());
        Assert.Equal("site:1:1: fel: Ett annat bygge till `site` blev inte klart på 10 minuter. (Vänta tills det andra bygget är klart, eller avsluta det, och bygg igen.) [LB706]",
            Assert.Single(swedish.ToSortedArray()).Format(Lagesbild.Site.Diagnostics.Language.Swedish));
        Assert.Equal("site:1:1: error: another build into `site` did not finish within 10 minutes (wait for the other build to finish, or stop it, and build again) [LB706]",
            Assert.Single(english.ToSortedArray()).Format(Lagesbild.Site.Diagnostics.Language.English));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Only_a_lock_another_holder_has_counts_as_held()
    {
        using var workspace = new OutputWorkspace();
        var target = workspace.Combine("site");
        using var held = OutputLock.Acquire(target, TimeSpan.Zero, () => { });
        Assert.NotNull(held);

        var waits = 0;
        var second = OutputLock.Acquire(target, TimeSpan.FromMilliseconds(300), () => waits++);

        Assert.Null(second);
        Assert.Equal(1, waits);
        var contention = Assert.ThrowsAny<IOException>(() => new FileStream(OutputLock.PathFor(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        Assert.True(OutputLock.IsHeldByAnother(contention));
        Assert.False(OutputLock.IsHeldByAnother(new FileNotFoundException("x")));
        Assert.False(OutputLock.IsHeldByAnother(new IOException("Read-only file system", 30)));
    }

    /// <summary>
    /// A clock on which the build's whole wait for the lock passes after its first look: the time
    /// it sets its deadline by and the first check are now, every later reading is the timeout later.
    /// </summary>
    private sealed class TimeoutPassing : TimeProvider
    {
        private readonly DateTimeOffset _start = TimeProvider.System.GetUtcNow();
        private int _readings;

        public override DateTimeOffset GetUtcNow() =>
            ++_readings <= 2 ? _start : _start + StagedDirectoryWriter.LockTimeout;
    }

    /// <summary>
    /// A folder no process may add files to. Tests run as root in the development container, where
    /// permission bits stop nothing, so there the folder is made immutable (<c>chattr +i</c>);
    /// elsewhere its write permission is removed. Either way the test first proves it holds.
    /// </summary>
    private sealed class ReadOnlyFolder : IDisposable
    {
        private readonly string _path;
        private readonly bool _immutable;

        private ReadOnlyFolder(string path, bool immutable)
        {
            _path = path;
            _immutable = immutable;
        }

        public static ReadOnlyFolder Make(string path)
        {
            var root = Environment.UserName == "root";
            if (root)
            {
                Chattr("+i", path);
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            var folder = new ReadOnlyFolder(path, root);
            try
            {
                File.WriteAllText(Path.Combine(path, "probe"), "");
            }
            catch (UnauthorizedAccessException)
            {
                return folder;
            }

            folder.Dispose();
            throw new Xunit.Sdk.XunitException($"{path} could not be made read-only for the test");
        }

        public void Dispose()
        {
            if (_immutable)
            {
                Chattr("-i", _path);
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        private static void Chattr(string change, string path)
        {
            ExternalProcess.Run("chattr", [change, path]).Succeeded($"chattr {change} {path}");
        }
    }
}
