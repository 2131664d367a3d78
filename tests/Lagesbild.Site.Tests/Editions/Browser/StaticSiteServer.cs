using System.Net;
using System.Net.Sockets;

namespace Lagesbild.Site.Tests.Editions.Browser;

/// <summary>
/// Serves a built site over HTTP on a free loopback port, as readers get it: editions.js fetches
/// editions.json, which browsers refuse to do for pages opened from disk.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".csv"] = "text/csv; charset=utf-8",
    };

    private readonly string _root;
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StaticSiteServer(string root)
    {
        _root = System.IO.Path.GetFullPath(root);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with an exception once the listener is closed.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, relative));
        if (Directory.Exists(path))
        {
            path = System.IO.Path.Combine(path, "index.html");
        }

        using var response = context.Response;
        if (!path.StartsWith(_root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }

        var bytes = File.ReadAllBytes(path);
        response.ContentType = Types.GetValueOrDefault(System.IO.Path.GetExtension(path), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }
}
