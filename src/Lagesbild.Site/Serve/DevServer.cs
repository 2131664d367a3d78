using System.Net;
using System.Text;

namespace Lagesbild.Site.Serve;

/// <summary>
/// A small HTTP server on 127.0.0.1 that answers from the in-memory site the way a static host
/// would: <c>index.html</c> for folders, a redirect to add the trailing slash, the site's 404 page.
/// Files under <c>/__serve/</c> (the live-reload script, the overlay's CSS) come from layouts/serve/.
/// </summary>
public sealed class DevServer : IDisposable
{
    private const string DevPrefix = "/__serve/";
    private readonly HttpListener _listener = new();
    private readonly Func<ServedSite> _site;
    private readonly LiveReload _liveReload;
    private readonly string _devFilesRoot;
    private Task? _accepting;

    public DevServer(int port, Func<ServedSite> site, LiveReload liveReload, string devFilesRoot)
    {
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _site = site;
        _liveReload = liveReload;
        _devFilesRoot = Path.GetFullPath(devFilesRoot);
    }

    public Uri Address { get; }

    public void Start()
    {
        _listener.Start();
        _accepting = Task.Run(Accept);
    }

    public void Dispose()
    {
        _liveReload.Dispose();
        _listener.Close();
        _accepting?.Wait(TimeSpan.FromSeconds(2));
    }

    private async Task Accept()
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

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                Send(context, 405, "text/plain; charset=utf-8", "Method not allowed\n"u8.ToArray());
            }
            else if (path == PageDecorator.EventsPath)
            {
                await _liveReload.Listen(response, () => _site().Version);
                return;
            }
            else if (path.StartsWith(DevPrefix, StringComparison.Ordinal))
            {
                SendDevFile(context, path[DevPrefix.Length..]);
            }
            else
            {
                SendSiteFile(context, path, _site());
            }

            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away mid-answer; nothing to do.
            response.Abort();
        }
    }

    private static void SendSiteFile(HttpListenerContext context, string path, ServedSite site)
    {
        if (site.IsEmpty)
        {
            SendPage(context, 500, ErrorOverlay.BlankPage, site);
            return;
        }

        if (!path.StartsWith(site.BaseUrl, StringComparison.Ordinal))
        {
            if (path == "/")
            {
                Redirect(context, site.BaseUrl);
                return;
            }

            SendNotFound(context, site);
            return;
        }

        var relative = path[site.BaseUrl.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (site.Files.TryGetValue(relative, out var bytes))
        {
            SendFile(context, 200, relative, bytes, site);
        }
        else if (site.Files.ContainsKey(relative + "/index.html"))
        {
            Redirect(context, path + "/");
        }
        else
        {
            SendNotFound(context, site);
        }
    }

    private void SendDevFile(HttpListenerContext context, string name)
    {
        var file = Path.Combine(_devFilesRoot, name);
        if (name.Contains('/') || name.Contains('\\') || !File.Exists(file))
        {
            Send(context, 404, "text/plain; charset=utf-8", "Not found\n"u8.ToArray());
            return;
        }

        Send(context, 200, ContentTypes.For(name), File.ReadAllBytes(file));
    }

    private static void SendNotFound(HttpListenerContext context, ServedSite site)
    {
        if (site.Files.TryGetValue("404.html", out var page))
        {
            SendFile(context, 404, "404.html", page, site);
            return;
        }

        Send(context, 404, "text/plain; charset=utf-8", "Not found\n"u8.ToArray());
    }

    private static void SendFile(HttpListenerContext context, int status, string relativePath, byte[] bytes, ServedSite site)
    {
        if (relativePath.EndsWith(".html", StringComparison.Ordinal))
        {
            SendPage(context, status, Encoding.UTF8.GetString(bytes), site);
            return;
        }

        Send(context, status, ContentTypes.For(relativePath), bytes);
    }

    private static void SendPage(HttpListenerContext context, int status, string html, ServedSite site) =>
        Send(context, status, ContentTypes.For(".html"), Encoding.UTF8.GetBytes(PageDecorator.Decorate(html, site)));

    private static void Redirect(HttpListenerContext context, string location)
    {
        context.Response.Headers["Location"] = location;
        Send(context, 301, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Moved to {location}\n"));
    }

    /// <summary>What a published SVG may do when a host can send headers: draw, with its own inline styles, and nothing else.</summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private static void Send(HttpListenerContext context, int status, string contentType, byte[] bytes)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        // A preview must never show yesterday's page from the browser's cache.
        response.Headers["Cache-Control"] = "no-store";
        if (contentType.StartsWith("image/svg+xml", StringComparison.Ordinal))
        {
            // A picture opened on its own is a document in the site's origin; this one may run nothing and load nothing.
            response.Headers["Content-Security-Policy"] = SvgPolicy;
        }

        response.ContentLength64 = bytes.Length;
        if (context.Request.HttpMethod != "HEAD")
        {
            response.OutputStream.Write(bytes);
        }
    }
}
