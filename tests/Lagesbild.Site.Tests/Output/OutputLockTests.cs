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
