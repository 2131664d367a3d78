using System.Net;
using System.Net.Sockets;
using Lagesbild.Site.Output;

namespace Lagesbild.Site.Pdf;

/// <summary>
/// Serves the built site from memory on 127.0.0.1 for Chromium to print from: pages use
/// root-relative links (under the base path), so they cannot be opened from disk. Only the files
/// of this build are answered; anything else is a 404, and nothing is fetched from elsewhere.
/// Every answer forbids scripts.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly string _basePath;
    private readonly Task _accepting;

    public LoopbackSite(IEnumerable<OutputFile> files, string basePath)
    {
        _files = files.ToDictionary(f => f.RelativePath, f => f.Content, StringComparer.Ordinal);
        _basePath = basePath;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _accepting = Task.Run(Accept);
    }

    /// <summary>The scheme, host and port, without a trailing slash.</summary>
    public string Origin { get; }

    /// <summary>The full URL of a site path such as <c>2024/utskrift/</c>.</summary>
    public string Url(string relativePath) => Origin + _basePath + relativePath;

    public void Dispose()
    {
        _listener.Close();
        _accepting.Wait(TimeSpan.FromSeconds(2));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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

    private void Answer(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var relative = path.StartsWith(_basePath, StringComparison.Ordinal) ? path[_basePath.Length..] : null;
            if (relative is not null && (relative.Length == 0 || relative.EndsWith('/')))
            {
                relative += Model.SitePaths.PageFile;
            }

            var found = relative is not null && _files.TryGetValue(relative, out var content) ? content : null;
            context.Response.StatusCode = found is null ? 404 : 200;
            context.Response.ContentType = Serve.ContentTypes.For(relative ?? ".txt");
            // No script runs in the print: the PDF is the page as its HTML and CSS draw it, as the
            // print view promises without JavaScript, and no script can make two prints differ.
            // (Chromium's own switch for this, scriptEnabled=false, stops --print-to-pdf altogether.)
            context.Response.Headers["Content-Security-Policy"] = "script-src 'none'";
            found ??= [];
            context.Response.ContentLength64 = found.Length;
            context.Response.OutputStream.Write(found);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // Chromium went away mid-answer; the print has failed or finished without it.
        }
    }
}
