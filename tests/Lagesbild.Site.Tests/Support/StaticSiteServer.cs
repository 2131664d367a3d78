using System.Net;

namespace Lagesbild.Site.Tests.Support;

/// <summary>
/// Serves a built site folder on a free 127.0.0.1 port, the way GitHub Pages would, so browser
/// tests load pages with their root-relative CSS, scripts and links.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public StaticSiteServer(string root, string basePath = "/")
    {
        _root = Path.GetFullPath(root);
        BasePath = basePath;
        var port = FreePort.Find();
        BaseAddress = new Uri($"http://127.0.0.1:{port}{basePath}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public string BasePath { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by the listener closing under it.
        }
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(BasePath, StringComparison.Ordinal) ? Resolve(path[BasePath.Length..]) : null;
        var status = file is null ? 404 : 200;
        file ??= Path.Combine(_root, "404.html");
        context.Response.StatusCode = status;
        context.Response.ContentType = Lagesbild.Site.Serve.ContentTypes.For(file);
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : [];
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private string? Resolve(string relative)
    {
        var candidate = Path.GetFullPath(Path.Combine(_root, relative));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        return File.Exists(candidate) ? candidate : null;
    }
}
