using System.Net;
using System.Net.Sockets;

namespace Detector.Tests.Samples;

/// <summary>Ports on 127.0.0.1 for the servers the tests start (sample services, redis-server).</summary>
internal static class LoopbackPort
{
    /// <summary>A port no one listens on now: bind to port 0, let the system choose, and release it.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
