using System.Net;
using System.Net.Sockets;

namespace Twin.Host.Tests.Support;

/// <summary>Loopback ports nothing listens on right now, for each host process's HTTP, silo and gateway.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
