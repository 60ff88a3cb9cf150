using Twin.Host.Scenarios;

namespace Twin.Host.Hosting;

internal static class StartupLog
{
    public static void LogStart(this WebApplication app, HostSettings settings)
    {
        var mode = settings.IsCluster ? $"cluster '{settings.ClusterId}' on PostgreSQL" : "embedded silo";
        var store = settings.IsCluster ? "in PostgreSQL" : settings.SqlitePath;
        HostLog.Starting(app.Logger, mode, store, settings.TopologyDirectory);

        // Read the parks now, so that their problems show at start rather than at the first request.
        app.Services.GetRequiredService<ScenarioCatalog>();
    }
}
