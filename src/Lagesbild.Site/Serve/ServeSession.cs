using System.Threading.Channels;
using Lagesbild.Site.Build;
using Lagesbild.Site.Cli;

namespace Lagesbild.Site.Serve;

/// <summary>
/// <c>serve</c> put together: an in-memory build, the HTTP server, and a watcher whose changes are
/// rebuilt one batch at a time and announced to open tabs. Findings go to the log as well as the browser.
/// </summary>
public sealed class ServeSession : IDisposable
{
    /// <summary>Long enough to take a save's burst of events as one change, short enough not to be felt.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly PreviewBuilder _builder;
    private readonly TextWriter _log;
    private readonly DevServer _server;
    private readonly ChangeWatcher _watcher;
    private readonly Channel<ChangeSet> _changes = Channel.CreateUnbounded<ChangeSet>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _rebuilding;

    private ServeSession(BuildOptions options, int port, TextWriter log)
    {
        _log = log;
        _builder = new PreviewBuilder(options);
        Rebuild(ChangeSet.Everything);
        var liveReload = new LiveReload();
        _server = new DevServer(port, () => _builder.Current, liveReload, Path.Combine(options.LayoutsDirectory, "serve"));
        _server.Start();
        _watcher = new ChangeWatcher(options.ContentDirectory, options.LayoutsDirectory, Quiet, changes => _changes.Writer.TryWrite(changes));
        _rebuilding = Task.Run(async () =>
        {
            await foreach (var changes in _changes.Reader.ReadAllAsync())
            {
                var batch = changes;
                while (_changes.Reader.TryRead(out var more))
                {
                    batch = batch.Merge(more);
                }

                try
                {
                    Rebuild(batch);
                    liveReload.Announce(_builder.Current.Version);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A file vanished or was locked mid-save; the save that follows triggers another build.
                    lock (_log)
                    {
                        _log.WriteLine($"Could not read the files ({ex.Message}); waiting for the next change.");
                    }
                }
            }
        });
    }

    /// <summary>Where the site is served, under its base path.</summary>
    public Uri Address => new(_server.Address, _builder.Current.BaseUrl);

    public ServedSite Current => _builder.Current;

    /// <summary>Builds once, then serves on 127.0.0.1:<paramref name="port"/> and rebuilds on every change until disposed.</summary>
    public static ServeSession Start(BuildOptions options, int port, TextWriter log) => new(options, port, log);

    public void Dispose()
    {
        _watcher.Dispose();
        _changes.Writer.TryComplete();
        _rebuilding.Wait(TimeSpan.FromSeconds(10));
        _server.Dispose();
    }

    private void Rebuild(ChangeSet changes)
    {
        var (result, elapsed) = _builder.Rebuild();
        var what = changes.Paths.IsEmpty ? "" : $" after a change to {string.Join(", ", changes.Paths.Select(Path.GetFileName))}";
        lock (_log)
        {
            DiagnosticPrinter.Print(result.Diagnostics, _log);
            _log.WriteLine(result.Succeeded
                ? $"Built{what} in {elapsed.TotalMilliseconds:0} ms."
                : $"Build failed{what}; the browser shows the errors over the last good pages.");
        }
    }
}
