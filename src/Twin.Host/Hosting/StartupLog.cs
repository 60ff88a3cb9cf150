using Twin.Host.Scenarios;
using Twin.Host.Security;

namespace Twin.Host.Hosting;

internal static class StartupLog
{
    public static void LogStart(this WebApplication app, HostSettings settings, ApiKey key)
    {
        var mode = settings.IsCluster ? $"cluster '{settings.ClusterId}' on PostgreSQL" : "embedded silo";
        var store = settings.IsCluster ? "in PostgreSQL" : settings.SqlitePath;
        HostLog.Starting(app.Logger, mode, store, settings.TopologyDirectory);

        // Whether a key is set, never the key itself.
        HostLog.WriteAccess(app.Logger, key.IsSet
            ? $"writes need the {ApiKey.Header} header"
            : "no key set: writes are accepted from loopback only");

        // Read the parks now, so that their problems show at start rather than at the first request.
        app.Services.GetRequiredService<ScenarioCatalog>();
    }
}
