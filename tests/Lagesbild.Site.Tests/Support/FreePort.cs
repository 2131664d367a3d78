using System.Net;
using System.Net.Sockets;

namespace Lagesbild.Site.Tests.Support;

/// <summary>A TCP port nobody listens on right now, for starting a server in a test.</summary>
public static class FreePort
{
    public static int Find()
    {
        // HttpListener cannot bind port 0 itself, so ask the OS for one and release it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
