namespace Twin.Host.Tests.Support;

/// <summary>The three loopback ports of one host process.</summary>
internal sealed record HostPorts(int Http, int Silo, int Gateway)
{
    public static HostPorts Free() => new(FreePorts.Next(), FreePorts.Next(), FreePorts.Next());

    public Uri BaseAddress => new($"http://127.0.0.1:{Http}");
}
