using System.Net;
using System.Text;

namespace Lagesbild.Site.Serve;

/// <summary>
/// The open tabs, each listening on a Server-Sent Events stream. Every build is announced by its
/// version; <c>livereload.js</c> reloads the tab when that differs from the version it was served with.
/// </summary>
public sealed class LiveReload : IDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private readonly Lock _lock = new();
    private readonly List<Listener> _listeners = [];
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Keeps the response open as an event stream until the tab goes away or the server stops.</summary>
    public async Task Listen(HttpListenerResponse response, Func<int> currentVersion)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var listener = new Listener(response);
        lock (_lock)
        {
            _listeners.Add(listener);
        }

        try
        {
            // A short retry: after a restart of serve, tabs reconnect, see a new version and reload.
            await listener.Send($"retry: 500\n\nevent: build\ndata: {currentVersion()}\n\n");
            while (await listener.Send(": ping\n\n"))
            {
                await Task.Delay(Heartbeat, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
        finally
        {
            Remove(listener);
        }
    }

    public void Announce(int version)
    {
        Listener[] listeners;
        lock (_lock)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            _ = listener.Send($"event: build\ndata: {version}\n\n");
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        Listener[] listeners;
        lock (_lock)
        {
            listeners = [.. _listeners];
            _listeners.Clear();
        }

        foreach (var listener in listeners)
        {
            listener.Close();
        }

        _stop.Dispose();
    }

    private void Remove(Listener listener)
    {
        lock (_lock)
        {
            _listeners.Remove(listener);
        }

        listener.Close();
    }

    /// <summary>One tab's stream; writes are serialised because announcements and heartbeats race.</summary>
    private sealed class Listener(HttpListenerResponse response)
    {
        private readonly SemaphoreSlim _writing = new(1, 1);
        private bool _closed;

        public async Task<bool> Send(string text)
        {
            await _writing.WaitAsync();
            try
            {
                if (_closed)
                {
                    return false;
                }

                var bytes = Encoding.UTF8.GetBytes(text);
                await response.OutputStream.WriteAsync(bytes);
                await response.OutputStream.FlushAsync();
                return true;
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
            {
                _closed = true;
                return false;
            }
            finally
            {
                _writing.Release();
            }
        }

        public void Close()
        {
            _writing.Wait();
            try
            {
                if (!_closed)
                {
                    _closed = true;
                    response.Abort();
                }
            }
            finally
            {
                _writing.Release();
            }
        }
    }
}
