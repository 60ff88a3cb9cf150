using System.Net;
using Orleans.Configuration;
using Twin.Grains;
using Twin.Grains.Hosting;
using Twin.Host.Storage;

namespace Twin.Host.Hosting;

internal static class SiloSetup
{
    /// <summary>
    /// Co-hosts a silo with the web API; the endpoints then reach grains through the silo's own
    /// client, without a gateway hop. Alone: localhost clustering and grain state in a SQLite
    /// file. In a cluster: membership and grain state in PostgreSQL, every endpoint on loopback.
    /// </summary>
    public static WebApplicationBuilder UseTwinSilo(this WebApplicationBuilder builder, HostSettings settings)
    {
        if (!settings.IsCluster)
        {
            SqliteStore.Apply(settings.SqlitePath);
        }

        builder.UseOrleans(silo =>
        {
            silo.AddTwinStateSerializer();
            if (settings.PostgreSql is { } connection)
            {
                JoinCluster(silo, settings, connection);
            }
            else
            {
                RunAlone(silo, settings);
            }
        });
        return builder;
    }

    /// <summary>
    /// Keeps the console to the twin's own lifecycle messages: the framework's and Orleans'
    /// routine messages only from warnings up, unless Logging:LogLevel settings say otherwise.
    /// </summary>
    public static WebApplicationBuilder UseQuietFrameworkLogs(this WebApplicationBuilder builder)
    {
        foreach (var category in new[] { "Microsoft.AspNetCore", "Orleans", "Polly" })
        {
            if (builder.Configuration[$"Logging:LogLevel:{category}"] is null)
            {
                builder.Logging.AddFilter(category, LogLevel.Warning);
            }
        }

        return builder;
    }

    /// <summary>Listens on 127.0.0.1:5080 unless --urls (or ASPNETCORE_URLS) says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }

    private static void RunAlone(ISiloBuilder silo, HostSettings settings)
    {
        silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort,
            serviceId: settings.ServiceId, clusterId: settings.ClusterId);
        silo.AddAdoNetGrainStorage(TwinStorage.Name, options =>
        {
            options.Invariant = SqliteStore.Invariant;
            options.ConnectionString = SqliteStore.ConnectionString(settings.SqlitePath);
        });
    }

    private static void JoinCluster(ISiloBuilder silo, HostSettings settings, string connection)
    {
        silo.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = settings.ClusterId;
            options.ServiceId = settings.ServiceId;
        });

        // Without these a silo advertises the machine's network address; the twin's silos talk
        // over loopback only, each process on its own pair of ports.
        silo.Configure<EndpointOptions>(options =>
        {
            options.AdvertisedIPAddress = IPAddress.Loopback;
            options.SiloPort = settings.SiloPort;
            options.GatewayPort = settings.GatewayPort;
            options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback, settings.SiloPort);
            options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback, settings.GatewayPort);
        });

        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgreSqlStore.Invariant;
            options.ConnectionString = connection;
        });
        silo.AddAdoNetGrainStorage(TwinStorage.Name, options =>
        {
            options.Invariant = PostgreSqlStore.Invariant;
            options.ConnectionString = connection;
        });
    }
}
