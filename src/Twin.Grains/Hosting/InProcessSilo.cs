using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Twin.Domain.Simulation;
using Twin.Grains.Engine;

namespace Twin.Grains.Hosting;

/// <summary>
/// A single silo inside the calling process, for the command line: localhost clustering on free
/// loopback ports (so it never collides with a running host), in-memory grain state unless
/// <see cref="InProcessSiloOptions.ConfigureStorage"/> says otherwise, and no gateway, since its
/// only client is this process.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessSilo> StartAsync(InProcessSiloOptions? options = null,
        CancellationToken cancellation = default)
    {
        options ??= new InProcessSiloOptions();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        options.ConfigureLogging?.Invoke(builder.Logging);

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: 0,
                serviceId: "twin-in-process", clusterId: "twin-in-process");
            if (options.ConfigureStorage is { } configure)
            {
                silo.AddTwinStateSerializer();
                configure(silo);
            }
            else
            {
                silo.AddTwinMemoryStorage();
            }
        });

        var host = builder.Build();
        await host.StartAsync(cancellation);
        return new InProcessSilo(host);
    }

    public GrainEngine Engine(SimulationOptions? options = null) => new(Grains, options);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>A loopback port that nothing listens on right now.</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
