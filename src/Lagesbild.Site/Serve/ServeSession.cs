using System.Threading.Channels;
using Lagesbild.Site.Build;
using Lagesbild.Site.Diagnostics;

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
    private readonly Language _language;
    private readonly DevServer _server;
    private readonly ChangeWatcher _watcher;
    private readonly Channel<ChangeSet> _changes = Channel.CreateUnbounded<ChangeSet>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _rebuilding;

    private ServeSession(BuildOptions options, int port, TextWriter log, Language language)
    {
        _log = log;
        _language = language;
        _builder = new PreviewBuilder(options, language);
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
                    Log(new($"Filerna gick inte att läsa ({ex.Message}). Väntar på nästa ändring.", $"Could not read the files ({ex.Message}); waiting for the next change."));
                }
                catch (Exception ex)
                {
                    // A bug must not stop the preview for good: the next save gets a fresh build.
                    Log(new($"Ett internt fel stoppade bygget ({ex.GetType().Name}: {ex.Message}). Spara igen när du har ändrat filen; fortsätter felet, skicka raden till utvecklarna.",
                        $"An internal error stopped the build ({ex.GetType().Name}: {ex.Message}); waiting for the next change."));
                }
            }
        });
    }

    /// <summary>Where the site is served, under its base path.</summary>
    public Uri Address => new(_server.Address, _builder.Current.BaseUrl);

    public ServedSite Current => _builder.Current;

    /// <summary>Builds once, then serves on 127.0.0.1:<paramref name="port"/> and rebuilds on every change until disposed.</summary>
    public static ServeSession Start(BuildOptions options, int port, TextWriter log, Language language = Language.Swedish) => new(options, port, log, language);

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
        var files = changes.Paths.IsEmpty ? null : string.Join(", ", changes.Paths.Select(Path.GetFileName));
        var ms = elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        lock (_log)
        {
            DiagnosticPrinter.Print(result.Diagnostics, _log, DiagnosticFormat.Text, _language);
            Phrase line = (result.Succeeded, files is null) switch
            {
                (true, true) => new Phrase($"Byggt på {ms} ms.", $"Built in {ms} ms."),
                (true, false) => new Phrase($"Byggt efter en ändring i {files} på {ms} ms.", $"Built after a change to {files} in {ms} ms."),
                (false, true) => new Phrase("Bygget misslyckades. Webbläsaren visar felen ovanpå de senaste sidorna som fungerade.",
                    "Build failed; the browser shows the errors over the last good pages."),
                (false, false) => new Phrase($"Bygget misslyckades efter en ändring i {files}. Webbläsaren visar felen ovanpå de senaste sidorna som fungerade.",
                    $"Build failed after a change to {files}; the browser shows the errors over the last good pages."),
            };
            _log.WriteLine(line.In(_language));
        }
    }

    private void Log(Phrase line)
    {
        lock (_log)
        {
            _log.WriteLine(line.In(_language));
        }
    }
}
